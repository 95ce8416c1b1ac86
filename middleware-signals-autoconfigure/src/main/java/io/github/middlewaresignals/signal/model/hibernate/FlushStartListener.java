package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEntityEvent;
import org.hibernate.event.spi.FlushEntityEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Tells the dispatcher when a flush (explicit, before commit, or before a query) begins, and when
 * it has collected its orphans and dirty-checks its first entity.
 */
record FlushStartListener(ModelSignalDispatcher dispatcher) implements FlushEventListener, AutoFlushEventListener,
        FlushEntityEventListener {

    /** Puts this listener before Hibernate's own, which do the flush's work. */
    void register(EventListenerRegistry registry) {
        registry.prependListeners(EventType.FLUSH, this);
        registry.prependListeners(EventType.AUTO_FLUSH, this);
        registry.prependListeners(EventType.FLUSH_ENTITY, this);
    }

    @Override
    public void onFlush(FlushEvent event) {
        dispatcher.flushStarting(event.getSession(), false);
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        dispatcher.flushStarting(event.getSession(), true);
    }

    @Override
    public void onFlushEntity(FlushEntityEvent event) {
        // Hibernate numbers the entities of each dirty-check pass from 1; the others cost this one comparison
        if (event.getInstanceGenerationId() == 1) {
            dispatcher.flushCollecting(event.getSession());
        }
    }
}
