package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.autoconfigure.DistributedSignalsAutoConfiguration;
import io.github.middlewaresignals.autoconfigure.DurableSignalsAutoConfiguration;
import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.durable.ExternalizedSignals;
import io.github.middlewaresignals.signal.durable.IncompleteDeliveriesResubmitter;
import io.github.middlewaresignals.signal.durable.ModulithDurableDeliveries;
import io.github.middlewaresignals.signal.durable.SignalExternalizationConfiguration;
import io.github.middlewaresignals.signal.receiver.DurableDeliveries;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * When the durable part switches on, and what a durable receiver that cannot work says at start-up. The
 * contexts are built from the auto-configurations a user's application gets: an embedded H2 database,
 * Hibernate and transactions from Spring Boot, and, where a test wants a registry, what
 * {@code spring-modulith-starter-jpa} adds (Modulith's registry on JPA and its JSON serializer), so that
 * each condition sees what it sees in an application.
 */
class DurableSignalsAutoConfigurationTest {

    /** What spring-modulith-starter-jpa auto-configures: the event publication registry, on JPA, with Jackson. */
    private static final AutoConfigurations MODULITH_JPA = autoConfigurations(
            "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
            "org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration",
            "org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(OrderSignals.class)
            .withConfiguration(autoConfigurations(
                    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                    "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                    "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"))
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, DurableSignalsAutoConfiguration.class,
                    DistributedSignalsAutoConfiguration.class));

    private static AutoConfigurations autoConfigurations(String... classNames) {
        return AutoConfigurations.of(Arrays.stream(classNames)
                .map(name -> ClassUtils.resolveClassName(name, DurableSignalsAutoConfigurationTest.class.getClassLoader()))
                .toArray(Class<?>[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderSignals {
        @Bean
        Signal<OrderCompleted> orderCompleted() {
            return new Signal<>("order_completed");
        }
    }

    /** A store of the user's own for durable deliveries: it connects the receiver as declared. */
    static final class OwnDurableDeliveries implements DurableDeliveries {
        @Override
        public void checkPayload(String receiverName, Signal<?> signal, Class<?> payloadType) {
        }

        @Override
        public Connection durable(String receiverName, Signal<?> signal, Class<?> payloadType, Receiver<Object> receiver,
                                  ReceiverOptions declared) {
            return new Connection(receiver, declared);
        }
    }

    static class DurableInvoice {
        final List<OrderCompleted> invoiced = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, durable = true)
        void invoice(OrderCompleted event) {
            invoiced.add(event);
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

    /** An externalization configuration of the user's own. */
    @Configuration(proxyBeanMethods = false)
    static class OwnExternalization {
        @Bean
        EventExternalizationConfiguration eventExternalizationConfiguration() {
            return EventExternalizationConfiguration.disabled();
        }
    }

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        return new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
    }

    @Test
    void deliversADurableReceiverThroughTheJpaRegistryBootConfigures() {
        runner.withConfiguration(MODULITH_JPA)
                .withBean(DurableInvoice.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(ModulithDurableDeliveries.class)
                            .doesNotHaveBean(IncompleteDeliveriesResubmitter.class);
                    @SuppressWarnings("unchecked")
                    Signal<OrderCompleted> orderCompleted = context.getBean("orderCompleted", Signal.class);
                    OrderCompleted order = new OrderCompleted(1, new BigDecimal("2.50"));
                    new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                            .executeWithoutResult(status -> orderCompleted.send(DurableSignalsAutoConfigurationTest.class, order));

                    assertThat(context.getBean(DurableInvoice.class).invoiced).containsExactly(order);
                    JdbcTemplate database = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(database.queryForObject("select count(*) from event_publication where listener_id = ?"
                            + " and completion_date is not null", Long.class, DurableInvoice.class.getName() + "#invoice"))
                            .as("the delivery is recorded and completed in Modulith's table").isEqualTo(1);
                    assertThat(context.getBean(EventPublicationRegistry.class).findIncompletePublications()).isEmpty();
                });
    }

    @Test
    void resubmitsIncompleteDeliveriesOnStartOnlyWhenAskedTo() {
        runner.withConfiguration(MODULITH_JPA)
                .withPropertyValues("signals.durable.republish-on-restart=true")
                .run(context -> assertThat(context).hasSingleBean(IncompleteEventPublications.class)
                        .hasSingleBean(IncompleteDeliveriesResubmitter.class));
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnDurableDeliveries() {
        runner.withConfiguration(MODULITH_JPA)
                .withBean(DurableDeliveries.class, OwnDurableDeliveries::new)
                .run(context -> assertThat(context).hasSingleBean(DurableDeliveries.class)
                        .doesNotHaveBean(ModulithDurableDeliveries.class));
    }

    @Test
    void namesTheDependencyToAddWhenTheApplicationHasNoEventPublicationRegistry() {
        runner.withBean(DurableInvoice.class)
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains(DurableInvoice.class.getName() + "#invoice").contains("Spring Modulith");
                    assertThat(analysis.getAction()).contains("spring-modulith-starter-jpa");
                });
    }

    @Test
    void namesTheDependencyToAddWhenModulithIsMissing() {
        runner.withClassLoader(new FilteredClassLoader(EventPublicationRegistry.class))
                .withBean(DurableInvoice.class)
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains(DurableInvoice.class.getName() + "#invoice").contains("Spring Modulith");
                    assertThat(analysis.getAction()).contains("spring-modulith-starter-jpa");
                });
    }

    @Test
    void rejectsADurableReceiverWhosePayloadJacksonCannotReadBack() {
        runner.withConfiguration(MODULITH_JPA)
                .withUserConfiguration(OpaqueSignal.class, DurableOpaque.class)
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains(DurableOpaque.class.getName() + "#handle")
                            .contains("Jackson cannot write and read back its payload");
                    assertThat(analysis.getAction()).contains("record");
                });
    }

    @Test
    void putsTheExternalizedSignalsInFrontOfModulithsOwnExternalization() {
        runner.withConfiguration(MODULITH_JPA)
                .run(context -> assertThat(context).hasSingleBean(ExternalizedSignals.class)
                        .getBean(EventExternalizationConfiguration.class).isInstanceOf(SignalExternalizationConfiguration.class));
    }

    @Test
    void leavesTheUsersOwnExternalizationConfigurationAlone() {
        runner.withConfiguration(MODULITH_JPA)
                .withUserConfiguration(OwnExternalization.class)
                .run(context -> assertThat(context).getBean(EventExternalizationConfiguration.class)
                        .isNotInstanceOf(SignalExternalizationConfiguration.class));
    }

    @Test
    void externalizesNothingWhenModulithsExternalizationIsSwitchedOff() {
        runner.withConfiguration(MODULITH_JPA)
                .withPropertyValues("spring.modulith.events.externalization.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ExternalizedSignals.class)
                        .doesNotHaveBean(EventExternalizationConfiguration.class));
    }

    @Test
    void refusesToExternalizeASignalWithoutAnExternalizerToABroker() {
        runner.withConfiguration(MODULITH_JPA)
                .withPropertyValues("signals.externalize.order_completed.target=orders")
                .run(context -> {
                    FailureAnalysis analysis = analysis(context);
                    assertThat(analysis.getDescription()).contains("signals.externalize is set for [order_completed]")
                            .contains("no externalizer");
                    assertThat(analysis.getAction()).contains("spring-modulith-events-kafka");
                });
    }
}
