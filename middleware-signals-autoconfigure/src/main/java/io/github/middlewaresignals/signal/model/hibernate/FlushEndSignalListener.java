package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Appended after Hibernate's own flush listeners: once a flush (explicit, before commit, or
 * before a query) has executed every statement, sends the post events it recorded.
 */
final class FlushEndSignalListener implements FlushEventListener, AutoFlushEventListener {

    private final ModelSignalDispatcher dispatcher;

    FlushEndSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    ModelSignalDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void onFlush(FlushEvent event) {
        dispatcher.deliverAfterFlush(event.getSession());
    }

    @Override
    public void onAutoFlush(AutoFlushEvent event) {
        if (event.isFlushRequired()) {
            dispatcher.deliverAfterFlush(event.getSession());
        }
    }
}
