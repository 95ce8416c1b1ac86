package io.github.middlewaresignals.signal.model.hibernate;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Runs when Hibernate's own persist, merge and delete listeners are done. A top-level persist or
 * merge executes IDENTITY inserts at once, so its post events are sent when it returns, with the
 * entity fully managed; cascaded ones (the variants with a context) send nothing, their
 * top-level operation does. Every delete, top-level or cascaded, has just been scheduled in the
 * order Hibernate will execute it, and is recorded for its {@code pre_delete}.
 */
record OperationEndListener(ModelSignalDispatcher dispatcher) implements PersistEventListener, MergeEventListener,
        DeleteEventListener {

    /** Puts this listener after Hibernate's own, which do the operation's work. */
    void register(EventListenerRegistry registry) {
        registry.appendListeners(EventType.PERSIST, this);
        registry.appendListeners(EventType.MERGE, this);
        registry.appendListeners(EventType.DELETE, this);
    }

    @Override
    public void onPersist(PersistEvent event) {
        dispatcher.saveEnded(event.getSession());
    }

    @Override
    public void onPersist(PersistEvent event, PersistContext createdAlready) {
    }

    @Override
    public void onMerge(MergeEvent event) {
        dispatcher.saveEnded(event.getSession());
    }

    @Override
    public void onMerge(MergeEvent event, MergeContext copiedAlready) {
    }

    @Override
    public void onDelete(DeleteEvent event) {
        dispatcher.deleteScheduled(event.getSession(), event.getObject(), event.isOrphanRemovalBeforeUpdates());
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
        dispatcher.deleteScheduled(event.getSession(), event.getObject(), event.isOrphanRemovalBeforeUpdates());
    }
}
