package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.autoconfigure.DistributedSignalsAutoConfiguration;
import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.kafka.KafkaSignalConsumers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

/**
 * When the consumers of {@code signals.consume.*} exist, and what a consumption that cannot work says at
 * start-up, before any consumer reaches for a broker. The Kafka settings are Spring Boot's own
 * auto-configuration of Spring Kafka; no test here needs a running broker.
 */
class KafkaSignalConsumersConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(OrderSignals.class)
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, SignalsAutoConfiguration.class,
                    DistributedSignalsAutoConfiguration.class));

    @Configuration(proxyBeanMethods = false)
    static class OrderSignals {
        @Bean
        Signal<OrderCompleted> orderCompleted() {
            return new Signal<>("order_completed");
        }
    }

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        return new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
    }

    @Test
    void definesTheConsumersWhenSpringKafkaIsPresent() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(KafkaSignalConsumers.class);
            assertThat(context.getBean(KafkaSignalConsumers.class).sources()).isEmpty();
        });
    }

    @Test
    void refusesToConsumeWhenSpringKafkaIsMissing() {
        runner.withClassLoader(new FilteredClassLoader(KafkaMessageListenerContainer.class))
                .withPropertyValues("spring.application.name=billing", "signals.consume.order_completed.source=orders")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains("signals.consume is set for [order_completed]").contains("Spring Kafka");
                    assertThat(analysis.getAction()).contains("spring-boot-starter-kafka");
                });
    }

    @Test
    void refusesToConsumeWithoutAKafkaConsumerFactory() {
        new ApplicationContextRunner()
                .withUserConfiguration(OrderSignals.class)
                .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, DistributedSignalsAutoConfiguration.class))
                .withPropertyValues("spring.application.name=billing", "signals.consume.order_completed.source=orders")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains("no Kafka consumer factory");
                    assertThat(analysis.getAction()).contains("spring-boot-starter-kafka");
                });
    }

    @Test
    void refusesToConsumeWithoutAnApplicationNameToNameTheConsumerGroup() {
        runner.withPropertyValues("signals.consume.order_completed.source=orders")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains("spring.application.name is not").contains("consumer group");
                    assertThat(analysis.getAction()).contains("spring.application.name=");
                });
    }

    @Test
    void refusesToConsumeASignalTheApplicationDoesNotDeclare() {
        runner.withPropertyValues("spring.application.name=billing", "signals.consume.order_shipped.source=shipments")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains("unknown signal 'order_shipped'").contains("order_completed");
                    assertThat(analysis.getAction()).contains("@Bean Signal<Payload>");
                });
    }

    @Test
    void refusesASignalsConsumeEntryWithoutATopic() {
        runner.withPropertyValues("spring.application.name=billing", "signals.consume.order_completed.source= ")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("signals.consume.<signal>.source must name a topic")
                        .hasMessageContaining("signals.consume.order_completed.source=orders"));
    }
}
