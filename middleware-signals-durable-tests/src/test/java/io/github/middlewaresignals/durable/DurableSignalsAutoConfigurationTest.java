package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.autoconfigure.DurableSignalsAutoConfiguration;
import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.durable.IncompleteDeliveriesResubmitter;
import io.github.middlewaresignals.signal.durable.ModulithDurableDeliveries;
import io.github.middlewaresignals.signal.receiver.DurableDeliveries;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/** When the durable part switches on, and what a durable receiver that cannot work says at start-up. */
class DurableSignalsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean("orderCompleted", Signal.class, () -> new Signal<OrderCompleted>("order_completed"))
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, DurableSignalsAutoConfiguration.class));

    /**
     * A registry bean, for the conditions: these tests look only at which beans exist and what start-up says, never at
     * deliveries, which the tests on Modulith's real JPA registry cover.
     */
    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        EventPublicationRegistry eventPublicationRegistry() {
            return org.mockito.Mockito.mock(EventPublicationRegistry.class);
        }
    }

    /** A store of the user's own for durable deliveries. */
    static final class OwnDurableDeliveries implements DurableDeliveries {
        @Override
        public void checkPayload(String receiverName, Signal<?> signal, Class<?> payloadType) {
        }

        @Override
        public Connection durable(String receiverName, Signal<?> signal, Class<?> payloadType,
                                  io.github.middlewaresignals.signal.Receiver<Object> receiver,
                                  io.github.middlewaresignals.signal.ReceiverOptions declared) {
            return new Connection(receiver, declared);
        }
    }

    static class DurableInvoice {
        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, durable = true)
        void invoice(OrderCompleted event) {
        }
    }

    /** A payload with no constructor Jackson can call and no property to write. */
    static final class Opaque {
        private Opaque(int ignored) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OpaqueSignal {
        @Bean
        Signal<Opaque> opaque() {
            return new Signal<>("opaque");
        }
    }

    static class DurableOpaque {
        @SignalReceiver(signal = "opaque", phase = Phase.AFTER_COMMIT, durable = true)
        void handle(Opaque event) {
        }
    }

    @Test
    void recordsDurableDeliveriesInModulithsRegistryWhenThereIsOne() {
        runner.withUserConfiguration(Registry.class)
                .run(context -> assertThat(context).hasSingleBean(ModulithDurableDeliveries.class)
                        .doesNotHaveBean(IncompleteDeliveriesResubmitter.class));
    }

    @Test
    void resubmitsIncompleteDeliveriesOnStartOnlyWhenAskedTo() {
        runner.withUserConfiguration(Registry.class)
                .withPropertyValues("signals.durable.republish-on-restart=true")
                .withBean(org.springframework.modulith.events.IncompleteEventPublications.class,
                        () -> org.mockito.Mockito.mock(org.springframework.modulith.events.IncompleteEventPublications.class))
                .run(context -> assertThat(context).hasSingleBean(IncompleteDeliveriesResubmitter.class));
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnDurableDeliveries() {
        runner.withUserConfiguration(Registry.class)
                .withBean(DurableDeliveries.class, OwnDurableDeliveries::new)
                .run(context -> assertThat(context).doesNotHaveBean(ModulithDurableDeliveries.class));
    }

    @Test
    void namesTheDependencyToAddWhenModulithIsMissing() {
        runner.withClassLoader(new FilteredClassLoader(EventPublicationRegistry.class))
                .withUserConfiguration(DurableInvoice.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains(DurableInvoice.class.getName() + "#invoice").contains("Spring Modulith");
                    assertThat(analysis.getAction()).contains("spring-modulith-starter-jpa");
                });
    }

    @Test
    void rejectsADurableReceiverWhosePayloadJacksonCannotReadBack() {
        runner.withUserConfiguration(Registry.class, OpaqueSignal.class, DurableOpaque.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains(DurableOpaque.class.getName() + "#handle")
                            .contains("Jackson cannot write and read back its payload");
                    assertThat(analysis.getAction()).contains("record");
                });
    }
}
