package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;

/** Hands Hibernate's events around each INSERT, UPDATE and DELETE statement to the dispatcher; vetoes nothing. */
record EntityWriteListener(ModelSignalDispatcher dispatcher) implements PreInsertEventListener, PreUpdateEventListener,
        PreDeleteEventListener, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** Puts this listener after Hibernate's own, so that it sees the state they prepared. */
    void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.PRE_INSERT, this);
        registry.appendListeners(EventType.PRE_UPDATE, this);
        registry.appendListeners(EventType.PRE_DELETE, this);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        dispatcher.beforeInsert(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        dispatcher.beforeUpdate(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), event.getOldState(),
                event.getState());
        return false;
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        dispatcher.beforeDelete(event.getSession(), event.getPersister(), event.getEntity());
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        dispatcher.afterInsert(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        dispatcher.afterUpdate(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), event.getOldState(),
                event.getState(), event.getDirtyProperties());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        dispatcher.afterDelete(event.getSession(), event.getPersister(), event.getEntity());
    }
}
