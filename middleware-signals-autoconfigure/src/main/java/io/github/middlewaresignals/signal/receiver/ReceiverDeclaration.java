package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.ReceiverOptions;
import java.util.List;

/**
 * What a valid {@code @SignalReceiver} method connects to, one component per attribute of the
 * annotation, each already checked.
 *
 * @param method  the method and its parameters
 * @param signals the signals, in declaration order
 * @param senders the sender classes; empty means any sender
 * @param options the dispatch uid, phase, async flag and condition (no sender: one connection per sender is made from it)
 * @param durable whether deliveries are recorded in the sending transaction and survive a crash
 */
record ReceiverDeclaration(ReceiverMethod method, List<SignalCatalog.Entry> signals, List<Class<?>> senders,
                           ReceiverOptions options, boolean durable) {
}
