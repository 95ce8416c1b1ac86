package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.Signal;

/**
 * What {@code @SignalReceiver(durable = true)} receivers are delivered through: a store that records
 * each delivery in the sending transaction and completes it once the receiver has run, so that a
 * crash between the commit and the receiver loses nothing. Present only when the application has such
 * a store; without one, a durable receiver is a start-up failure that names the dependency to add.
 */
public interface DurableDeliveries {

    /**
     * Checks that the signal's payloads can be recorded and read back.
     *
     * @param receiverName the receiver, as {@code com.example.Receivers#method}
     * @param payloadType  the payload class the signal's bean declares, or null when unknown
     * @throws SignalReceiverDeclarationException when they cannot
     */
    void checkPayload(String receiverName, Signal<?> signal, Class<?> payloadType);

    /**
     * @param receiverName a stable identifier of the receiver, the same after a restart
     * @param receiver     the receiver method
     * @return the receiver to connect in its place, with the declared options
     */
    Receiver<Object> durable(String receiverName, Signal<?> signal, Receiver<Object> receiver);
}
