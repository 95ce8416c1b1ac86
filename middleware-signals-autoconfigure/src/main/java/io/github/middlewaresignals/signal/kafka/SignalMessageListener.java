package io.github.middlewaresignals.signal.kafka;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.durable.JsonPayloads;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.core.JacksonException;

/**
 * Sends each message of one topic again as a signal of this application, its payload read as the class
 * the signal declares and its sender the payload's class, so the signal's receivers run as for a local
 * send. A message that cannot be read as that class is logged with its topic, partition and offset and
 * skipped; the messages after it still arrive.
 */
final class SignalMessageListener implements MessageListener<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(SignalMessageListener.class);

    private final Signal<Object> signal;
    private final Class<?> payloadType;
    private final JsonPayloads payloads;

    @SuppressWarnings("unchecked")
    SignalMessageListener(Signal<?> signal, Class<?> payloadType, JsonPayloads payloads) {
        this.signal = (Signal<Object>) signal;
        this.payloadType = payloadType;
        this.payloads = payloads;
    }

    @Override
    public void onMessage(ConsumerRecord<byte[], byte[]> message) {
        Object payload;
        try {
            payload = message.value() == null ? null : payloads.read(message.value(), payloadType);
        }
        catch (JacksonException e) {
            log.error("Skipped an unreadable message for signal '{}' on topic {}, partition {}, offset {}: it is not JSON of {}: {}",
                    signal.name(), message.topic(), message.partition(), message.offset(), payloadType.getName(), e.getOriginalMessage());
            return;
        }
        if (payload == null) {
            log.error("Skipped an empty message for signal '{}' on topic {}, partition {}, offset {}",
                    signal.name(), message.topic(), message.partition(), message.offset());
            return;
        }
        signal.sendRobust(payload.getClass(), payload);
    }
}
