package io.github.middlewaresignals.signal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a signal's monitors; a monitor that throws never disturbs the send it watches. */
final class Monitors {

    static final SignalMonitor[] NONE = new SignalMonitor[0];

    private static final Logger LOG = LoggerFactory.getLogger(SignalMonitor.class);

    private Monitors() {
    }

    /**
     * @return what the monitors returned: one monitor's value as it is (the usual case costs no
     *         array), several monitors' values in an array
     */
    static Object sendStarted(SignalMonitor[] monitors, String signal, Object sender, Object payload, boolean concurrent) {
        if (monitors.length == 1) {
            try {
                return monitors[0].sendStarted(signal, sender, payload, concurrent);
            }
            catch (RuntimeException e) {
                ignored(monitors[0], e);
                return null;
            }
        }
        Object[] started = new Object[monitors.length];
        for (int i = 0; i < monitors.length; i++) {
            try {
                started[i] = monitors[i].sendStarted(signal, sender, payload, concurrent);
            }
            catch (RuntimeException e) {
                ignored(monitors[i], e);
            }
        }
        return started;
    }

    static void receiverFinished(SignalMonitor[] monitors, String signal, ConnectedReceiver receiver, Object sender,
                                 Object payload, Throwable failure) {
        for (SignalMonitor monitor : monitors) {
            try {
                monitor.receiverFinished(signal, receiver, sender, payload, failure);
            }
            catch (RuntimeException e) {
                ignored(monitor, e);
            }
        }
    }

    static void sendFinished(SignalMonitor[] monitors, String signal, Object sender, Object payload, Object started,
                             Throwable failure) {
        if (monitors.length == 1) {
            try {
                monitors[0].sendFinished(signal, sender, payload, started, failure);
            }
            catch (RuntimeException e) {
                ignored(monitors[0], e);
            }
            return;
        }
        Object[] each = (Object[]) started;
        // in reverse, so that nested scopes a monitor opened close in order
        for (int i = monitors.length - 1; i >= 0; i--) {
            try {
                monitors[i].sendFinished(signal, sender, payload, each[i], failure);
            }
            catch (RuntimeException e) {
                ignored(monitors[i], e);
            }
        }
    }

    private static void ignored(SignalMonitor monitor, RuntimeException e) {
        LOG.warn("Signal monitor {} threw; the send goes on", monitor, e);
    }
}
