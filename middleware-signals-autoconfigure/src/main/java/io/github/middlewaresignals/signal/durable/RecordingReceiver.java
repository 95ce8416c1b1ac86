package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.Receiver;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connected to a signal during the send, in place of a receiver whose deliveries are recorded: publishes
 * one event per send through the application's event publisher, whose Spring Modulith multicaster
 * records it in the sending transaction for the listeners that take it (a durable receiver's, the
 * broker's externalizer) and hands it to them after the commit.
 * <p>
 * A record that cannot be made fails the send, and also the sending transaction's commit: a
 * {@code sendRobust} would otherwise log the failure and let the transaction commit without the
 * delivery it promised, which is exactly what a durable receiver is there to prevent.
 */
final class RecordingReceiver implements Receiver<Object> {

    private final String name;
    private final BiFunction<Object, Object, Object> event;
    private final ApplicationEventPublisher publisher;
    private final InTransaction transaction;

    /**
     * @param name      what the receiver goes by in logs
     * @param event     makes the event to record from the send's sender and payload
     * @param publisher the application's event publisher
     */
    RecordingReceiver(String name, BiFunction<Object, Object, Object> event, ApplicationEventPublisher publisher,
                      InTransaction transaction) {
        this.name = name;
        this.event = event;
        this.publisher = publisher;
        this.transaction = transaction;
    }

    @Override
    public Object receive(Object sender, Object payload) {
        try {
            Object recorded = event.apply(sender, payload);
            transaction.run(() -> publisher.publishEvent(recorded));
        }
        catch (RuntimeException failure) {
            refuseTheCommit(failure);
            throw failure;
        }
        return null;
    }

    private void refuseTheCommit(RuntimeException failure) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    throw new IllegalStateException("The durable delivery to " + name + " could not be recorded, so the"
                            + " transaction that sent it does not commit: " + failure, failure);
                }
            });
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
