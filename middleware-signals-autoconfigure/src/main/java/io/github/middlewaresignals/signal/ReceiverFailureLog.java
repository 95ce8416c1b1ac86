package io.github.middlewaresignals.signal;

/**
 * Logs receiver failures that no caller sees: those a robust send returns instead of throwing (as
 * Django's {@code send_robust} does), and those of receivers that run after the transaction. The
 * logger keeps the signal class's name, so one logging rule covers every signal.
 */
final class ReceiverFailureLog {

    private static final System.Logger LOG = System.getLogger("io.github.middlewaresignals.signal.Signal");

    private ReceiverFailureLog() {
    }

    static void robustSendFailed(String signalName, Receiver<?> receiver, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Error calling receiver " + receiver + " of signal '" + signalName + "'", error);
    }

    static void deferredReceiverFailed(String signalName, ConnectedReceiver receiver, Object sender, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Error calling receiver " + receiver.receiver() + " of signal '" + signalName
                + "' at " + receiver.phase() + (receiver.async() ? " (async)" : "") + " for sender " + sender
                + "; the transaction's outcome stands and the other receivers still run", error);
    }

    static void dispatchUidTaken(String signalName, String dispatchUid, Object sender, Receiver<?> kept, Receiver<?> ignored) {
        LOG.log(System.Logger.Level.WARNING, "Signal '" + signalName + "': dispatch uid '" + dispatchUid + "'"
                + (sender == null ? "" : " for sender " + sender) + " is already connected to " + kept + ", so " + ignored
                + " was not connected. A receiver connected by hand stays connected until it is disconnected, also after"
                + " its application context has closed; disconnect it (signal.disconnect(\"" + dispatchUid + "\")) when its owner goes away.");
    }
}
