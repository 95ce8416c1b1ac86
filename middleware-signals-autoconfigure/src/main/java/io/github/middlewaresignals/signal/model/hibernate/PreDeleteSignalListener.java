package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PreDelete;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;

/** Sends {@code pre_delete} before a DELETE. */
final class PreDeleteSignalListener implements PreDeleteEventListener {

    private final ModelSignalDispatcher dispatcher;

    PreDeleteSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean onPreDelete(PreDeleteEvent event) {
        Class<?> sender = event.getPersister().getMappedClass();
        Signal<PreDelete<?>> preDelete = dispatcher.signals().preDelete();
        if (event.getSession().isStateless() || !preDelete.hasListeners(sender)) {
            return false;
        }
        Object entity = event.getEntity();
        dispatcher.runPre(event.getSession(), ModelSignals.PRE_DELETE, sender, () -> preDelete.send(sender, new PreDelete(sender, entity)));
        return false;
    }
}
