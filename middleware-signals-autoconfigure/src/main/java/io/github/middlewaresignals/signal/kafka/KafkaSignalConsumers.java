package io.github.middlewaresignals.signal.kafka;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.durable.JsonPayloads;
import io.github.middlewaresignals.signal.receiver.SignalConfigurationException;
import io.github.middlewaresignals.signal.receiver.SignalPayloadTypes;
import io.github.middlewaresignals.signal.receiver.SignalReceiverRegistrar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

/**
 * The Kafka consumers of {@code signals.consume.*}: one listener container per consumed signal, in the
 * consumer group named after the application, so one instance of each application handles each
 * message. They start once the receivers are connected and stop before them.
 * <p>
 * Messages are read as bytes and parsed here, whatever deserializers the application configures for
 * its own consumers: a message that is not JSON of the signal's payload class is then one log line,
 * never a poison pill that stops the container. A new consumer group starts at the earliest message
 * (unless {@code spring.kafka.consumer.auto-offset-reset} says otherwise), so signals sent before the
 * first start are not lost either.
 */
public final class KafkaSignalConsumers implements SmartLifecycle {

    /** After the receivers are connected and incomplete deliveries resubmitted. */
    public static final int PHASE = SignalReceiverRegistrar.PHASE + 3;

    private final Map<String, String> sources;
    private final Map<String, Object> consumerProperties;
    private final String groupId;
    private final Supplier<SignalPayloadTypes> signals;
    private final JsonPayloads payloads;
    private List<KafkaMessageListenerContainer<byte[], byte[]>> containers;

    /**
     * @param sources            by signal name, the topic to consume
     * @param consumerProperties the application's Kafka consumer settings (servers, security)
     * @param groupId            the consumer group: the application's name
     * @param signals            the context's signals, looked up at start
     */
    public KafkaSignalConsumers(Map<String, String> sources, Map<String, Object> consumerProperties, String groupId,
                                Supplier<SignalPayloadTypes> signals, JsonPayloads payloads) {
        this.sources = Map.copyOf(sources);
        this.consumerProperties = Map.copyOf(consumerProperties);
        this.groupId = groupId;
        this.signals = signals;
        this.payloads = payloads;
    }

    /** @return by signal name, the topics consumed */
    public Map<String, String> sources() {
        return sources;
    }

    /** @throws SignalConfigurationException when a consumed signal is unknown, has no payload class, or the application has no name */
    @Override
    public synchronized void start() {
        if (containers != null) {
            return;
        }
        if (!sources.isEmpty() && (groupId == null || groupId.isBlank())) {
            throw new SignalConfigurationException("signals.consume is set for " + sources.keySet()
                    + ", but spring.application.name is not: it names the consumer group, so that one instance of each application"
                    + " handles each message.", "Set spring.application.name, e.g. spring.application.name=billing");
        }
        SignalPayloadTypes known = signals.get();
        List<KafkaMessageListenerContainer<byte[], byte[]>> made = new ArrayList<>();
        sources.forEach((name, topic) -> made.add(container(name, topic, known)));
        made.forEach(KafkaMessageListenerContainer::start);
        containers = made;
    }

    private KafkaMessageListenerContainer<byte[], byte[]> container(String name, String topic, SignalPayloadTypes known) {
        Signal<?> signal = known.signal(name);
        if (signal == null) {
            throw new SignalConfigurationException("signals.consume names the unknown signal '" + name + "'. Known signals: "
                    + known.names() + ".", "Declare the signal as a bean in this application too (@Bean Signal<Payload>), and use"
                    + " its name (Signal.name()) under signals.consume.");
        }
        Class<?> payloadType = known.payloadType(name);
        if (payloadType == null || payloadType == Object.class) {
            throw new SignalConfigurationException("signals.consume." + name + " cannot read its messages: the signal's bean declares"
                    + " no payload class.", "Declare the signal bean with its payload type, e.g. @Bean Signal<OrderCompleted>.");
        }
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        DefaultKafkaConsumerFactory<byte[], byte[]> factory = new DefaultKafkaConsumerFactory<>(properties,
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        ContainerProperties container = new ContainerProperties(topic);
        container.setMessageListener(new SignalMessageListener(signal, payloadType, payloads));
        KafkaMessageListenerContainer<byte[], byte[]> listener = new KafkaMessageListenerContainer<>(factory, container);
        listener.setBeanName("signal-consumer-" + name);
        return listener;
    }

    @Override
    public synchronized void stop() {
        for (KafkaMessageListenerContainer<byte[], byte[]> container : containers == null
                ? List.<KafkaMessageListenerContainer<byte[], byte[]>>of() : containers) {
            container.stop();
        }
        containers = null;
    }

    @Override
    public boolean isRunning() {
        return containers != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
