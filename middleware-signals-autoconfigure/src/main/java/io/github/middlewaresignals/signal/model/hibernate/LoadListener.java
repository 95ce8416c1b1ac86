package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PreLoadEvent;
import org.hibernate.event.spi.PreLoadEventListener;

/**
 * Hands Hibernate's events around building a loaded entity to the dispatcher: before the instance
 * gets its values, and after it has them (and its {@code @PostLoad} callbacks ran).
 */
record LoadListener(LoadSignalDispatcher dispatcher) implements PreLoadEventListener, PostLoadEventListener {

    /** Puts this listener after Hibernate's own, which run the JPA callbacks. */
    void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.PRE_LOAD, this);
        registry.appendListeners(EventType.POST_LOAD, this);
    }

    @Override
    public void onPreLoad(PreLoadEvent event) {
        dispatcher.beforeLoad(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostLoad(PostLoadEvent event) {
        dispatcher.afterLoad(event.getSession(), event.getPersister(), event.getEntity());
    }
}
