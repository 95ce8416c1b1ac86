package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;

/**
 * Hands Hibernate's events around the statements that write a collection (a new one inserted, an
 * existing one updated in place, one removed from its owner) to the dispatcher.
 */
record CollectionWriteListener(CollectionSignalDispatcher dispatcher) implements PreCollectionRecreateEventListener,
        PreCollectionUpdateEventListener, PreCollectionRemoveEventListener, PostCollectionRecreateEventListener,
        PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    /** Puts this listener after Hibernate's own. */
    void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
        dispatcher.beforeRecreate(event.getSession(), event.getCollection(), event.getAffectedOwnerOrNull());
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        dispatcher.beforeUpdate(event.getSession(), event.getCollection(), event.getAffectedOwnerOrNull());
    }

    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        dispatcher.beforeRemove(event.getSession(), event.getCollection(), event.getAffectedOwnerOrNull());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        dispatcher.afterWrite(event.getSession(), event.getCollection());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        dispatcher.afterWrite(event.getSession(), event.getCollection());
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        dispatcher.afterWrite(event.getSession(), event.getCollection());
    }
}
