package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PreSave;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;

/** Sends {@code pre_save} before an UPDATE and writes the receivers' changes into that UPDATE. */
final class PreUpdateSignalListener implements PreUpdateEventListener {

    private final ModelSignalDispatcher dispatcher;

    PreUpdateSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean onPreUpdate(PreUpdateEvent event) {
        Class<?> sender = event.getPersister().getMappedClass();
        Signal<PreSave<?>> preSave = dispatcher.signals().preSave();
        if (event.getSession().isStateless() || !preSave.hasListeners(sender)) {
            return false;
        }
        Object entity = event.getEntity();
        PreSave<?> payload = new PreSave(sender, entity,
                EntityStates.changedProperties(event.getOldState(), event.getState(), event.getPersister(), event.getSession()));
        dispatcher.runPre(event.getSession(), ModelSignals.PRE_SAVE, sender, () -> preSave.send(sender, payload));
        EntityStates.copyEntityChangesInto(event.getState(), entity, event.getPersister());
        return false;
    }
}
