package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.M2MChanged;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostInit;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreInit;
import io.github.middlewaresignals.signal.model.PreSave;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of model signals from Hibernate's entity events: the {@link ModelSignals}
 * bean, its seven signals as {@link Signal} beans, and the Hibernate integrator that sends them,
 * added to the EntityManagerFactory Spring Boot builds.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({EntityManagerFactory.class, SessionImplementor.class, HibernatePropertiesCustomizer.class})
@EnableConfigurationProperties(SignalsProperties.class)
public final class ModelSignalsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ModelSignals modelSignals() {
        return new ModelSignals();
    }

    @Bean
    Signal<PreSave<?>> preSaveSignal(ModelSignals modelSignals) {
        return modelSignals.preSave();
    }

    @Bean
    Signal<PostSave<?>> postSaveSignal(ModelSignals modelSignals) {
        return modelSignals.postSave();
    }

    @Bean
    Signal<PreDelete<?>> preDeleteSignal(ModelSignals modelSignals) {
        return modelSignals.preDelete();
    }

    @Bean
    Signal<PostDelete<?>> postDeleteSignal(ModelSignals modelSignals) {
        return modelSignals.postDelete();
    }

    @Bean
    Signal<M2MChanged<?>> m2mChangedSignal(ModelSignals modelSignals) {
        return modelSignals.m2mChanged();
    }

    @Bean
    Signal<PreInit<?>> preInitSignal(ModelSignals modelSignals) {
        return modelSignals.preInit();
    }

    @Bean
    Signal<PostInit<?>> postInitSignal(ModelSignals modelSignals) {
        return modelSignals.postInit();
    }

    /** The bridge from Hibernate; off with {@code signals.model.enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "signals.model", name = "enabled", matchIfMissing = true)
    static final class HibernateBridgeConfiguration {

        @Bean
        HibernatePropertiesCustomizer modelSignalsHibernatePropertiesCustomizer(ModelSignals modelSignals, SignalsProperties properties) {
            return new ModelSignalsHibernatePropertiesCustomizer(modelSignals, properties.getModel().getMaxNestingDepth());
        }
    }
}
