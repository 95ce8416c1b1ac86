package io.github.middlewaresignals.signal.receiver;

import java.util.List;

/**
 * What a valid {@code @SignalReceiver} method connects to.
 *
 * @param signals        the signals, in declaration order
 * @param senders        the sender classes; empty means any sender
 * @param dispatchUid    the deduplication key, or null
 * @param takesSender    whether the method takes {@code (sender, payload)} rather than {@code (payload)}
 */
record ReceiverDeclaration(List<SignalCatalog.Entry> signals, List<Class<?>> senders, String dispatchUid, boolean takesSender) {
}
