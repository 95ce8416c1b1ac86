package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.model.M2MChanged;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostInit;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreInit;
import io.github.middlewaresignals.signal.model.PreSave;
import java.util.Map;

/** The model signals by name and payload class; their senders are always entity classes. */
final class ModelSignalPayloads {

    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            ModelSignals.PRE_SAVE, PreSave.class,
            ModelSignals.POST_SAVE, PostSave.class,
            ModelSignals.PRE_DELETE, PreDelete.class,
            ModelSignals.POST_DELETE, PostDelete.class,
            ModelSignals.M2M_CHANGED, M2MChanged.class,
            ModelSignals.PRE_INIT, PreInit.class,
            ModelSignals.POST_INIT, PostInit.class);

    private ModelSignalPayloads() {
    }

    static boolean isModelSignal(String name) {
        return PAYLOADS.containsKey(name);
    }

    /** @return the payload class of a model signal, or null for any other name */
    static Class<?> payloadOf(String name) {
        return PAYLOADS.get(name);
    }

    /** @return the model signal whose payload is exactly this class, or null */
    static String signalFor(Class<?> payloadClass) {
        for (Map.Entry<String, Class<?>> entry : PAYLOADS.entrySet()) {
            if (entry.getValue() == payloadClass) {
                return entry.getKey();
            }
        }
        return null;
    }
}
