package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.Receiver;
import java.util.function.BiFunction;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Connected to a signal during the send, in place of a receiver whose deliveries are recorded: publishes
 * one event per send through the application's event publisher, whose Spring Modulith multicaster
 * records it in the sending transaction for the listeners that take it (a durable receiver's, the
 * broker's externalizer) and hands it to them after the commit.
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
        Object recorded = event.apply(sender, payload);
        transaction.run(() -> publisher.publishEvent(recorded));
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
