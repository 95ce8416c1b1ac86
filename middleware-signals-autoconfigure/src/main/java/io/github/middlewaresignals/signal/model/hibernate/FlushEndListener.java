package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Once a flush (explicit, before commit, or before a query) has executed every statement, the
 * dispatcher sends the post events it recorded. A flush that throws never gets here.
 */
record FlushEndListener(ModelSignalDispatcher dispatcher) implements FlushEventListener, AutoFlushEventListener {

    /** Puts this listener after Hibernate's own, which execute the flush's statements. */
    void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.FLUSH, this);
        registry.appendListeners(EventType.AUTO_FLUSH, this);
    }

    @Override
    public void onFlush(FlushEvent event) {
        dispatcher.flushEnded(event.getSession(), true);
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        dispatcher.flushEnded(event.getSession(), event.isFlushRequired());
    }
}
