package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Set;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PreSave;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;

/** Sends {@code pre_save} before an INSERT and writes the receivers' changes into that INSERT. */
final class PreInsertSignalListener implements PreInsertEventListener {

    private final ModelSignalDispatcher dispatcher;

    PreInsertSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean onPreInsert(PreInsertEvent event) {
        Class<?> sender = event.getPersister().getMappedClass();
        Signal<PreSave<?>> preSave = dispatcher.signals().preSave();
        if (event.getSession().isStateless() || !preSave.hasListeners(sender)) {
            return false;
        }
        Object entity = event.getEntity();
        dispatcher.runPre(event.getSession(), ModelSignals.PRE_SAVE, sender,
                () -> preSave.send(sender, new PreSave(sender, entity, Set.of())));
        EntityStates.copyEntityChangesInto(event.getState(), entity, event.getPersister());
        return false;
    }
}
