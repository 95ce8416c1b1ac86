package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
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
     * Works out what to connect in place of a durable receiver method. The store must see each send
     * while the sending transaction is still open, so the connection it returns usually runs during the
     * send and hands the receiver itself over to run after the commit.
     *
     * @param receiverName a stable identifier of the receiver, the same after a restart
     * @param payloadType  the payload class the signal's bean declares (already checked)
     * @param receiver     the receiver method
     * @param declared     the options the method declares (phase {@code AFTER_COMMIT}, async, condition, dispatch uid;
     *                     no sender: one connection per sender is made from the returned options)
     * @return the receiver to connect and its options
     */
    Connection durable(String receiverName, Signal<?> signal, Class<?> payloadType, Receiver<Object> receiver,
                       ReceiverOptions declared);

    /** One receiver and the options to connect it with. */
    record Connection(Receiver<Object> receiver, ReceiverOptions options) {
    }
}
