package io.github.middlewaresignals.signal;

/**
 * What one receiver did during a send: its return value, or the failure it raised.
 *
 * @param receiver the receiver that ran
 * @param value    what it returned, or {@code null}
 * @param error    what it threw, or {@code null} when it returned normally
 */
public record ReceiverResult(Receiver<?> receiver, Object value, Throwable error) {

    /** @return whether the receiver returned normally */
    public boolean succeeded() {
        return error == null;
    }
}
