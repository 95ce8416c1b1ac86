package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import io.github.middlewaresignals.signal.durable.DistributedSignalDetails;
import io.github.middlewaresignals.signal.durable.DistributedSignalsDescriptor;
import io.github.middlewaresignals.signal.receiver.DurableDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * An application without Spring Modulith and Spring Kafka, as this module's tests run (its build leaves
 * them off the test classpath): the durable and distributed auto-configurations stay out of the way, and a
 * property that asks for a signal to leave the JVM says what to add instead of doing nothing.
 */
class DistributedSignalsAutoConfigurationTest {

    /**
     * Imports the auto-configurations by name, as an application does: their class conditions are then read
     * from the class files before any class that refers to Modulith or Kafka is loaded.
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ SignalsAutoConfiguration.class, DurableSignalsAutoConfiguration.class,
            DistributedSignalsAutoConfiguration.class })
    static class AutoConfiguredApplication {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AutoConfiguredApplication.class);

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        return new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
    }

    @Test
    void startsWithoutModulithOrKafkaAndDescribesNothingLeavingTheJvm() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(DurableDeliveries.class);
            DistributedSignalsDescriptor descriptor = context.getBean(DistributedSignalsDescriptor.class);
            assertThat(descriptor.durableReceivers()).isEmpty();
            assertThat(descriptor.externalized()).isEmpty();
            assertThat(descriptor.consumed()).isEmpty();
        });
    }

    @Test
    void refusesToExternalizeASignalWithoutModulithsRegistry() {
        runner.withPropertyValues("signals.externalize.order_completed.target=orders").run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("signals.externalize is set for [order_completed]")
                    .contains("Spring Modulith's event publication registry");
            assertThat(analysis.getAction()).contains("spring-modulith-starter-jpa").contains("spring-modulith-events-kafka");
        });
    }

    @Test
    void refusesToConsumeASignalWithoutSpringKafka() {
        runner.withPropertyValues("signals.consume.order_completed.source=orders").run(context -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("signals.consume is set for [order_completed]").contains("Spring Kafka");
            assertThat(analysis.getAction()).contains("spring-boot-starter-kafka");
        });
    }

    @Test
    void addsTheirDetailsToTheSignalsEndpointOnlyWhenItIsAvailable() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DistributedSignalDetails.class));
        runner.withPropertyValues("management.endpoints.web.exposure.include=signals")
                .run(context -> assertThat(context).hasSingleBean(DistributedSignalDetails.class));
    }
}
