package io.github.middlewaresignals.signal;

/**
 * Carries a checked exception a receiver threw out of {@link Signal#send}; the receiver's
 * exception is the cause. Unchecked exceptions are never wrapped.
 */
public class ReceiverFailedException extends RuntimeException {

    private final transient Receiver<?> receiver;

    public ReceiverFailedException(Signal<?> signal, Receiver<?> receiver, Exception cause) {
        super("Receiver " + ReceiverNames.describe(receiver) + " of signal '" + signal.name() + "' failed: " + cause, cause);
        this.receiver = receiver;
    }

    /** @return the receiver that failed */
    public Receiver<?> receiver() {
        return receiver;
    }
}
