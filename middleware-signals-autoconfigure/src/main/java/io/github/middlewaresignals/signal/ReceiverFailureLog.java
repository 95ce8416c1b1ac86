package io.github.middlewaresignals.signal;

/** Logs a receiver failure that a robust send swallowed, as Django's {@code send_robust} does. */
final class ReceiverFailureLog {

    private static final System.Logger LOG = System.getLogger(Signal.class.getName());

    private ReceiverFailureLog() {
    }

    static void log(Signal<?> signal, Receiver<?> receiver, Throwable error) {
        LOG.log(System.Logger.Level.ERROR,
                "Error calling receiver " + ReceiverNames.describe(receiver) + " of signal '" + signal.name() + "'", error);
    }
}
