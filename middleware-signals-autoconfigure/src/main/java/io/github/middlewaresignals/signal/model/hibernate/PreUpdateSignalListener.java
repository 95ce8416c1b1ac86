package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Set;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PreSave;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

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
        EntityPersister persister = event.getPersister();
        Set<String> updateFields = EntityStates.changedProperties(event.getOldState(), event.getState(), persister, event.getSession());
        PreSave<?> payload = new PreSave(sender, entity, updateFields);
        dispatcher.runPre(event.getSession(), ModelSignals.PRE_SAVE, sender, () -> preSave.send(sender, payload));
        EntityStates.copyEntityChangesInto(event.getState(), entity, persister, persister.isDynamicUpdate() ? updateFields : null);
        return false;
    }
}
