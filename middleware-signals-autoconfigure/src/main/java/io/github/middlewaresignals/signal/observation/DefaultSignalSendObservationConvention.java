package io.github.middlewaresignals.signal.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names and keys of a send's observation: name {@code signals.send}, contextual name
 * {@code send <signal>}, and the low-cardinality keys of {@link SignalSendKeyNames}.
 */
public class DefaultSignalSendObservationConvention implements SignalSendObservationConvention {

    /** The name of the observation, and so of the timer the default meter handler makes of it. */
    public static final String NAME = "signals.send";

    private static final KeyValue NO_SENDER = KeyValue.of(SignalSendKeyNames.SENDER, "none");
    private static final KeyValue SUCCESS = KeyValue.of(SignalSendKeyNames.OUTCOME, "SUCCESS");
    private static final KeyValue FAILURE = KeyValue.of(SignalSendKeyNames.OUTCOME, "FAILURE");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(SignalSendContext context) {
        return "send " + context.getSignalName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(SignalSendContext context) {
        return KeyValues.of(KeyValue.of(SignalSendKeyNames.SIGNAL, context.getSignalName()), sender(context), outcome(context));
    }

    protected KeyValue sender(SignalSendContext context) {
        Object sender = context.getSender();
        if (sender == null) {
            return NO_SENDER;
        }
        return KeyValue.of(SignalSendKeyNames.SENDER, sender instanceof Class<?> type ? type.getName() : sender.getClass().getName());
    }

    protected KeyValue outcome(SignalSendContext context) {
        return context.getError() != null || context.isReceiverFailed() ? FAILURE : SUCCESS;
    }
}
