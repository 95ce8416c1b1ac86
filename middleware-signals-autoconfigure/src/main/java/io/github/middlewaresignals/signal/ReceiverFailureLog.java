package io.github.middlewaresignals.signal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs receiver failures that no caller sees: those a robust send returns instead of throwing (as
 * Django's {@code send_robust} does), and those of receivers that run after the transaction. The
 * logger keeps the signal class's name, so one logging rule covers every signal.
 */
final class ReceiverFailureLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.middlewaresignals.signal.Signal");

    private ReceiverFailureLog() {
    }

    static void robustSendFailed(String signalName, Receiver<?> receiver, Throwable error) {
        LOG.error("Error calling receiver {} of signal '{}'", receiver, signalName, error);
    }

    static void deferredReceiverFailed(String signalName, ConnectedReceiver receiver, Object sender, Throwable error) {
        LOG.error("Error calling receiver {} of signal '{}' at {}{} for sender {}; the transaction's outcome stands and the"
                + " other receivers still run", receiver.receiver(), signalName, receiver.phase(), receiver.async() ? " (async)" : "",
                sender, error);
    }

    static void dispatchUidTaken(String signalName, String dispatchUid, Object sender, Receiver<?> kept, Receiver<?> ignored) {
        LOG.warn("Signal '{}': dispatch uid '{}'{} is already connected to {}, so {} was not connected. A receiver connected"
                        + " by hand stays connected until it is disconnected, also after its application context has closed;"
                        + " disconnect it (signal.disconnect(\"{}\")) when its owner goes away.",
                signalName, dispatchUid, sender == null ? "" : " for sender " + sender, kept, ignored, dispatchUid);
    }
}
