package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/** Tells the dispatcher when a top-level persist is about to start, before Hibernate does any of its work. */
record SaveStartListener(ModelSignalDispatcher dispatcher) implements PersistEventListener {

    /** Puts this listener before Hibernate's own, which persist. */
    void register(EventListenerRegistry registry) {
        registry.prependListeners(EventType.PERSIST, this);
    }

    @Override
    public void onPersist(PersistEvent event) {
        dispatcher.saveStarting(event.getSession(), event.getObject());
    }

    @Override
    public void onPersist(PersistEvent event, PersistContext createdAlready) {
    }
}
