package io.github.middlewaresignals.signal;

/**
 * Decides, at the send, whether a connected receiver runs for that send (like
 * {@code @EventListener(condition = ...)}). A receiver deferred to a transaction phase is tested
 * when the signal is sent, not when the phase comes, so it sees the state the send saw.
 * <p>
 * An exception thrown here counts as the receiver's own failure.
 */
@FunctionalInterface
public interface ReceiverCondition {

    /**
     * @param sender  the send's sender
     * @param payload the send's payload
     * @return whether the receiver runs for this send
     */
    boolean test(Object sender, Object payload) throws Exception;
}
