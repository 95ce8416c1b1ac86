package io.github.middlewaresignals.signal;

/**
 * Carries a checked exception a receiver threw out of {@link Signal#send}, or out of a commit for a
 * {@link Phase#BEFORE_COMMIT} receiver; the receiver's exception is the cause. Unchecked exceptions
 * are never wrapped.
 */
public class ReceiverFailedException extends RuntimeException {

    private final transient Receiver<?> receiver;

    /**
     * @param signalName the name of the signal whose receiver failed
     * @param receiver   the receiver that failed
     * @param cause      what it threw
     */
    public ReceiverFailedException(String signalName, Receiver<?> receiver, Exception cause) {
        super("Receiver " + receiver + " of signal '" + signalName + "' failed: " + cause, cause);
        this.receiver = receiver;
    }

    /** @return the receiver that failed */
    public Receiver<?> receiver() {
        return receiver;
    }
}
