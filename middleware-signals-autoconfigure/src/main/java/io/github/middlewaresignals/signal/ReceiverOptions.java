package io.github.middlewaresignals.signal;

import java.util.Objects;

/**
 * How a receiver is connected, beyond the receiver itself: Django's {@code connect()} keyword
 * arguments plus a transaction {@link Phase}, async delivery and a condition. Immutable; each
 * {@code with…} method returns a copy.
 * <pre>
 * orderCompleted.connect(this::sendInvoice, ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(true));
 * </pre>
 */
public final class ReceiverOptions {

    /** Any sender, no dispatch uid, {@link Phase#IMMEDIATE}, not async, no condition: what {@code connect(receiver)} does. */
    public static final ReceiverOptions DEFAULT = new ReceiverOptions(null, null, Phase.IMMEDIATE, false, null);

    private final Object sender;
    private final String dispatchUid;
    private final Phase phase;
    private final boolean async;
    private final ReceiverCondition condition;

    private ReceiverOptions(Object sender, String dispatchUid, Phase phase, boolean async, ReceiverCondition condition) {
        if (async && !phase.allowsAsync()) {
            throw new IllegalArgumentException("An async receiver must wait for the transaction's outcome, but its phase is "
                    + phase + ": use Phase.AFTER_COMMIT, AFTER_ROLLBACK or AFTER_COMPLETION, or drop async"
                    + " (an async receiver at " + phase + " would see data that is not committed yet)");
        }
        this.sender = sender;
        this.dispatchUid = dispatchUid == null || dispatchUid.isEmpty() ? null : dispatchUid;
        this.phase = phase;
        this.async = async;
        this.condition = condition;
    }

    /** @return the default options with the given phase */
    public static ReceiverOptions at(Phase phase) {
        return DEFAULT.withPhase(phase);
    }

    /** @param sender the exact sender to listen to, or {@code null} for any sender */
    public ReceiverOptions withSender(Object sender) {
        return new ReceiverOptions(sender, dispatchUid, phase, async, condition);
    }

    /** @param dispatchUid a deduplication key used instead of the receiver's identity, or {@code null} */
    public ReceiverOptions withDispatchUid(String dispatchUid) {
        return new ReceiverOptions(sender, dispatchUid, phase, async, condition);
    }

    /** @param phase when the receiver runs relative to the sending thread's transaction */
    public ReceiverOptions withPhase(Phase phase) {
        return new ReceiverOptions(sender, dispatchUid, Objects.requireNonNull(phase, "phase"), async, condition);
    }

    /**
     * @param async whether the receiver runs on the signal's async executor once its phase point is
     *              reached; only for {@link Phase#allowsAsync() phases after the outcome}
     */
    public ReceiverOptions withAsync(boolean async) {
        return new ReceiverOptions(sender, dispatchUid, phase, async, condition);
    }

    /** @param condition tested at each send; the receiver runs only when it is true ({@code null}: always) */
    public ReceiverOptions withCondition(ReceiverCondition condition) {
        return new ReceiverOptions(sender, dispatchUid, phase, async, condition);
    }

    /** @return the sender filter, or {@code null} for any sender */
    public Object sender() {
        return sender;
    }

    /** @return the dispatch uid, or {@code null} */
    public String dispatchUid() {
        return dispatchUid;
    }

    /** @return the phase */
    public Phase phase() {
        return phase;
    }

    /** @return whether the receiver runs on the async executor */
    public boolean async() {
        return async;
    }

    /** @return the condition, or {@code null} */
    public ReceiverCondition condition() {
        return condition;
    }

    @Override
    public String toString() {
        return "ReceiverOptions[sender=" + sender + ", dispatchUid=" + dispatchUid + ", phase=" + phase + ", async=" + async
                + ", condition=" + condition + "]";
    }
}
