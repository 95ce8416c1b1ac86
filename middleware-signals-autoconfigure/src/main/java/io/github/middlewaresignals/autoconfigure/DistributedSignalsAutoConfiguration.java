package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.actuate.SignalsEndpoint;
import io.github.middlewaresignals.signal.durable.DistributedSignalDetails;
import io.github.middlewaresignals.signal.durable.DistributedSignalsDescriptor;
import io.github.middlewaresignals.signal.durable.DurableReceiverDescriptions;
import io.github.middlewaresignals.signal.durable.ExternalizedSignals;
import io.github.middlewaresignals.signal.durable.JsonPayloads;
import io.github.middlewaresignals.signal.kafka.KafkaSignalConsumers;
import io.github.middlewaresignals.signal.receiver.SignalConfigurationException;
import io.github.middlewaresignals.signal.receiver.SignalPayloadTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signals that leave the JVM: their description (durable receivers, externalized and consumed signals
 * with their topics), which the Actuator endpoint {@code signals} shows when it is available, and, with
 * Spring Kafka on the classpath, the consumers of {@code signals.consume.*}.
 */
@AutoConfiguration(after = DurableSignalsAutoConfiguration.class,
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public final class DistributedSignalsAutoConfiguration {

    private static final String KAFKA_CONTAINER = "org.springframework.kafka.listener.KafkaMessageListenerContainer";
    private static final String JSON_MAPPER = "tools.jackson.databind.json.JsonMapper";

    @Bean
    @ConditionalOnMissingBean
    DistributedSignalsDescriptor distributedSignalsDescriptor(ObjectProvider<DurableReceiverDescriptions> durableReceivers,
                                                              ObjectProvider<ExternalizedSignals> externalizedSignals,
                                                              SignalsProperties properties, ResourceLoader resourceLoader) {
        Map<String, String> externalized = new LinkedHashMap<>();
        properties.getExternalize().forEach((name, externalize) -> externalized.put(name, externalize.getTarget()));
        Map<String, String> consumed = consumed(properties);
        checkEnginesPresent(externalized, externalizedSignals.getIfAvailable() != null, consumed, resourceLoader.getClassLoader());
        return new DistributedSignalsDescriptor(durableReceivers::getIfUnique, externalized, consumed);
    }

    /** A signal configured to leave the JVM without the engine that carries it is a start-up failure, not silence. */
    private static void checkEnginesPresent(Map<String, String> externalized, boolean externalizing, Map<String, String> consumed,
                                            ClassLoader classLoader) {
        if (!externalized.isEmpty() && !externalizing) {
            throw new SignalConfigurationException("signals.externalize is set for " + externalized.keySet() + ", but nothing"
                    + " records and publishes those sends: they go through Spring Modulith's event publication registry and"
                    + " its externalization, and the application has no registry, or spring.modulith.events.externalization.enabled"
                    + " is false.", "Add spring-modulith-starter-jpa (or -jdbc) and spring-modulith-events-kafka with"
                    + " spring-boot-starter-kafka, or remove signals.externalize.");
        }
        if (!consumed.isEmpty() && !(ClassUtils.isPresent(KAFKA_CONTAINER, classLoader) && ClassUtils.isPresent(JSON_MAPPER, classLoader))) {
            throw new SignalConfigurationException("signals.consume is set for " + consumed.keySet() + ", but Spring Kafka"
                    + " (or Jackson) is not on the classpath to consume the messages with.",
                    "Add spring-boot-starter-kafka, or remove signals.consume.");
        }
    }

    private static Map<String, String> consumed(SignalsProperties properties) {
        Map<String, String> consumed = new LinkedHashMap<>();
        properties.getConsume().forEach((name, consume) -> {
            if (consume.getSource() == null) {
                throw new IllegalArgumentException("signals.consume." + name + ".source must name a topic, but it is not set:"
                        + " write the topic to consume, e.g. signals.consume." + name + ".source=orders");
            }
            consumed.put(name, consume.getSource());
        });
        return consumed;
    }

    /** What the Actuator endpoint {@code signals} shows of them, when the endpoint is available. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    @ConditionalOnAvailableEndpoint(SignalsEndpoint.class)
    static final class EndpointDetailsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        DistributedSignalDetails distributedSignalDetails(DistributedSignalsDescriptor distributedSignalsDescriptor) {
            return new DistributedSignalDetails(distributedSignalsDescriptor);
        }
    }

    /** {@code signals.consume.*} with Spring Kafka: each message of a topic sent again as a local signal. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ KafkaMessageListenerContainer.class, JsonMapper.class })
    static final class KafkaConsumersConfiguration {

        @Bean
        @ConditionalOnMissingBean
        KafkaSignalConsumers kafkaSignalConsumers(SignalsProperties properties, ObjectProvider<ConsumerFactory<?, ?>> consumerFactory,
                                                  ObjectProvider<JsonPayloads> payloads, ObjectProvider<JsonMapper> mapper,
                                                  ConfigurableListableBeanFactory beanFactory, Environment environment) {
            Map<String, String> sources = consumed(properties);
            ConsumerFactory<?, ?> factory = consumerFactory.getIfUnique();
            if (!sources.isEmpty() && factory == null) {
                throw new SignalConfigurationException(
                        "signals.consume is set for " + sources.keySet() + ", but the application has no Kafka consumer factory.",
                        "Add spring-boot-starter-kafka, which configures one from spring.kafka.*, or remove signals.consume.");
            }
            return new KafkaSignalConsumers(sources, factory == null ? Map.of() : factory.getConfigurationProperties(),
                    environment.getProperty("spring.application.name"), () -> SignalPayloadTypes.of(beanFactory),
                    payloads.getIfAvailable(() -> new JsonPayloads(mapper.getIfUnique(JsonMapper::new))));
        }
    }
}
