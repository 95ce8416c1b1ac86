package io.github.middlewaresignals.signal;

/**
 * A function connected to a {@link Signal}: Django's receiver callable.
 *
 * @param <P> the payload type it accepts
 */
@FunctionalInterface
public interface Receiver<P> {

    /**
     * Handles one send.
     *
     * @param sender  the object the signal was sent from (for model signals, the entity class)
     * @param payload the signal's payload
     * @return any value; it becomes {@link ReceiverResult#value()}
     * @throws Exception to fail the send ({@code send}) or to be recorded ({@code sendRobust})
     */
    Object receive(Object sender, P payload) throws Exception;
}
