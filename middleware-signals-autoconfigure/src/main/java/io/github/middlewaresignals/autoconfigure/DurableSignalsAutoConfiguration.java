package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.durable.ExternalizedSignals;
import io.github.middlewaresignals.signal.durable.InTransaction;
import io.github.middlewaresignals.signal.durable.IncompleteDeliveriesResubmitter;
import io.github.middlewaresignals.signal.durable.JsonPayloads;
import io.github.middlewaresignals.signal.durable.ModulithDurableDeliveries;
import io.github.middlewaresignals.signal.durable.SignalExternalizationConfiguration;
import io.github.middlewaresignals.signal.receiver.DurableDeliveries;
import io.github.middlewaresignals.signal.receiver.SignalPayloadTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable receivers and signals published to a broker, on Spring Modulith's event publication
 * registry ({@code spring-modulith-starter-jpa} or {@code -jdbc}): each durable delivery and each send
 * bound for the broker is recorded in the sending transaction and completed once done; what a crash
 * leaves incomplete is resubmitted on restart with {@code signals.durable.republish-on-restart=true}.
 * Without Modulith on the classpath none of this exists, and a durable receiver is a start-up failure
 * that names the dependency.
 */
@AutoConfiguration(afterName = {
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
        "org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration" },
        beforeName = "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration")
@ConditionalOnClass({ EventPublicationRegistry.class, JsonMapper.class, PlatformTransactionManager.class })
@ConditionalOnBean(EventPublicationRegistry.class)
public final class DurableSignalsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JsonPayloads signalJsonPayloads(ObjectProvider<JsonMapper> mapper) {
        return new JsonPayloads(mapper.getIfUnique(JsonMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean
    InTransaction signalRecordingTransaction(ObjectProvider<PlatformTransactionManager> transactionManager) {
        return new InTransaction(new TransactionOperations() {
            @Override
            public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
                // resolved at the first send outside a transaction, once every transaction manager exists
                return new TransactionTemplate(transactionManager.getObject()).execute(action);
            }
        });
    }

    @Bean
    @ConditionalOnMissingBean(DurableDeliveries.class)
    ModulithDurableDeliveries modulithDurableDeliveries(ApplicationContext context, ApplicationEventMulticaster multicaster,
                                                        ObjectProvider<EventPublicationRegistry> registry, JsonPayloads signalJsonPayloads,
                                                        InTransaction signalRecordingTransaction) {
        return new ModulithDurableDeliveries(context, multicaster, registry::getObject, signalJsonPayloads, signalRecordingTransaction);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty("signals.durable.republish-on-restart")
    @ConditionalOnBean(IncompleteEventPublications.class)
    IncompleteDeliveriesResubmitter incompleteDeliveriesResubmitter(IncompleteEventPublications publications) {
        return new IncompleteDeliveriesResubmitter(publications);
    }

    /** {@code signals.externalize.*}: sends published to a broker by Spring Modulith's externalization after the commit. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(EventExternalizationConfiguration.class)
    @ConditionalOnBooleanProperty(name = "spring.modulith.events.externalization.enabled", matchIfMissing = true)
    static final class ExternalizationConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ExternalizedSignals externalizedSignals(SignalsProperties properties, ConfigurableListableBeanFactory beanFactory,
                                                ApplicationContext context, InTransaction signalRecordingTransaction,
                                                JsonPayloads signalJsonPayloads) {
            Map<String, ExternalizedSignals.Route> routes = new LinkedHashMap<>();
            properties.getExternalize().forEach((name, externalize) -> {
                if (externalize.getTarget() == null) {
                    throw new IllegalArgumentException("signals.externalize." + name + ".target must name a topic, but it is not set:"
                            + " write the topic the signal's sends go to, e.g. signals.externalize." + name + ".target=orders");
                }
                routes.put(name, new ExternalizedSignals.Route(externalize.getTarget(), externalize.getKey()));
            });
            return new ExternalizedSignals(routes, () -> SignalPayloadTypes.of(beanFactory), context, signalRecordingTransaction,
                    signalJsonPayloads, () -> beanFactory.getBeanNamesForType(DelegatingEventExternalizer.class, false, false).length > 0);
        }

        /**
         * Modulith's own default ({@code @Externalized} events of the application's packages) with the signals in
         * front. An application that defines its own configuration wraps it in {@link SignalExternalizationConfiguration}.
         */
        @Bean
        @ConditionalOnMissingBean
        static EventExternalizationConfiguration signalExternalizationConfiguration(ObjectProvider<ExternalizedSignals> externalizedSignals,
                                                                                    ConfigurableListableBeanFactory beanFactory,
                                                                                    Environment environment) {
            return new SignalExternalizationConfiguration(externalizedSignals::getObject, modulithDefaults(beanFactory, environment));
        }

        private static EventExternalizationConfiguration modulithDefaults(ConfigurableListableBeanFactory beanFactory, Environment environment) {
            if (!AutoConfigurationPackages.has(beanFactory)) {
                return EventExternalizationConfiguration.disabled();
            }
            EventExternalizationConfiguration.Router defaults = EventExternalizationConfiguration.defaults(AutoConfigurationPackages.get(beanFactory));
            Boolean serialize = environment.getProperty("spring.modulith.events.externalization.serialize-externalization", Boolean.class);
            return (serialize != null ? defaults.serializeExternalization(serialize) : defaults).build();
        }
    }
}
