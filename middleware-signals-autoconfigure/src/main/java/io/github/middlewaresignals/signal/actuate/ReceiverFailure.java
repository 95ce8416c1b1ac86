package io.github.middlewaresignals.signal.actuate;

import java.time.Instant;

/**
 * One failure of a receiver, as the signals endpoint lists it.
 *
 * @param time      when the receiver finished with the failure
 * @param signal    the signal's name
 * @param receiver  the receiver's name ({@link ReceiverNames#of})
 * @param sender    the send's sender ({@link ReceiverNames#sender}), or {@code null}
 * @param exception the class name of what the receiver threw
 * @param message   its message, or {@code null}
 */
public record ReceiverFailure(Instant time, String signal, String receiver, String sender, String exception, String message) {
}
