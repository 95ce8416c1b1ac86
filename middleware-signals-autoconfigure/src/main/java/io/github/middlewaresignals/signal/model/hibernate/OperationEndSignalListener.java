package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Appended after Hibernate's own persist and merge listeners: a top-level persist or merge
 * executes IDENTITY inserts at once, so their post events are sent when it returns, with the
 * entity fully managed. Cascaded operations (the variants with a context) send nothing; their
 * top-level operation does.
 */
final class OperationEndSignalListener implements PersistEventListener, MergeEventListener {

    private final ModelSignalDispatcher dispatcher;

    OperationEndSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void onPersist(PersistEvent event) {
        dispatcher.deliverAfterOperation(event.getSession());
    }

    @Override
    public void onPersist(PersistEvent event, PersistContext createdAlready) {
    }

    @Override
    public void onMerge(MergeEvent event) {
        dispatcher.deliverAfterOperation(event.getSession());
    }

    @Override
    public void onMerge(MergeEvent event, MergeContext copiedAlready) {
    }
}
