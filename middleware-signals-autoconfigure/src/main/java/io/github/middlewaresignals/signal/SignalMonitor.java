package io.github.middlewaresignals.signal;

/**
 * Watches the sends of the signals it is added to ({@link Signal#addMonitor}): the hook for counts,
 * observations and test recorders. A signal without monitors pays nothing for this.
 * <p>
 * Calls come on the thread that does the work: {@code sendStarted} and {@code sendFinished} on the
 * sending thread (for {@code asend}, {@code sendFinished} on the thread that completes the last
 * receiver), {@code receiverFinished} wherever the receiver ran, which for a receiver deferred to a
 * transaction phase is later than the send. A monitor must not throw: what it throws is ignored.
 * Sends muted with {@link Signal#mute} are not seen.
 */
public interface SignalMonitor {

    /**
     * @return whether this monitor also sees sends that reach no receiver (a test recorder does; a
     *         counter of receiver runs need not). When no monitor does, a sender may skip building
     *         the payload of a send nobody hears ({@link Signal#isHeard}).
     */
    default boolean watchesUnheardSends() {
        return false;
    }

    /**
     * A send begins, before any receiver runs.
     *
     * @param signal     the signal's name
     * @param concurrent whether its receivers run on other threads ({@code asend}, {@code asendRobust})
     * @return anything this monitor wants back in {@link #sendFinished} (e.g. a started timer), or {@code null}
     */
    default Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
        return null;
    }

    /**
     * One receiver has run: during the send, at its phase point, or on the async executor.
     *
     * @param failure what it threw (or its condition threw), or {@code null} when it returned normally
     */
    default void receiverFinished(String signal, ConnectedReceiver receiver, Object sender, Object payload, Throwable failure) {
    }

    /**
     * The send is over; receivers deferred to a later phase point have not run yet.
     *
     * @param started what {@link #sendStarted} returned
     * @param failure what the send threw, or {@code null}
     */
    default void sendFinished(String signal, Object sender, Object payload, Object started, Throwable failure) {
    }
}
