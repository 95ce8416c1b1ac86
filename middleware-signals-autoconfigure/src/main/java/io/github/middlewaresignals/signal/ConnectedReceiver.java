package io.github.middlewaresignals.signal;

/**
 * One connection of a signal, as {@link Signal#receivers()} lists it and {@link SignalMonitor}s
 * see it: the receiver and the options it was connected with. Compared by identity: connecting the
 * same receiver again for another sender is another connection.
 */
public final class ConnectedReceiver {

    private final Receiver<?> receiver;
    private final ReceiverOptions options;

    ConnectedReceiver(Receiver<?> receiver, ReceiverOptions options) {
        this.receiver = receiver;
        this.options = options;
    }

    /** @return the receiver */
    public Receiver<?> receiver() {
        return receiver;
    }

    /** @return the sender filter, or {@code null} for any sender */
    public Object sender() {
        return options.sender();
    }

    /** @return the dispatch uid, or {@code null} */
    public String dispatchUid() {
        return options.dispatchUid();
    }

    /** @return when the receiver runs relative to the sending thread's transaction */
    public Phase phase() {
        return options.phase();
    }

    /** @return whether it runs on the signal's async executor */
    public boolean async() {
        return options.async();
    }

    /** @return its condition, or {@code null} */
    public ReceiverCondition condition() {
        return options.condition();
    }

    /** @return the options it was connected with */
    public ReceiverOptions options() {
        return options;
    }

    boolean sameKey(ConnectedReceiver other) {
        if (sender() != other.sender()) {
            return false;
        }
        if (dispatchUid() != null || other.dispatchUid() != null) {
            return java.util.Objects.equals(dispatchUid(), other.dispatchUid());
        }
        return receiver == other.receiver;
    }

    /** Runs the condition; no condition means yes. */
    boolean accepts(Object sender, Object payload) throws Exception {
        ReceiverCondition condition = options.condition();
        return condition == null || condition.test(sender, payload);
    }

    @SuppressWarnings("unchecked")
    Object call(Object sender, Object payload) throws Exception {
        return ((Receiver<Object>) receiver).receive(sender, payload);
    }

    @Override
    public String toString() {
        return receiver + (sender() == null ? "" : " for " + sender()) + (phase() == Phase.IMMEDIATE ? "" : " at " + phase())
                + (async() ? " (async)" : "");
    }
}
