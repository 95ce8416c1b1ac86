package io.github.middlewaresignals.signal.receiver;

import java.util.List;

/**
 * What a valid {@code @SignalReceiver} method connects to, one component per attribute of the
 * annotation, each already checked.
 *
 * @param method      the method and its parameters
 * @param signals     the signals, in declaration order
 * @param senders     the sender classes; empty means any sender
 * @param dispatchUid the deduplication key, or null
 */
record ReceiverDeclaration(ReceiverMethod method, List<SignalCatalog.Entry> signals, List<Class<?>> senders, String dispatchUid) {
}
