package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.observation.SignalObservationMonitor;
import io.github.middlewaresignals.signal.observation.SignalSendObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the observations of sends, when the application has an
 * {@link ObservationRegistry} bean (Boot makes one with Actuator) and {@code signals.observations.enabled}
 * is not false. A {@link SignalSendObservationConvention} bean replaces the default convention.
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "signals.observations.enabled", matchIfMissing = true)
public final class SignalsObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SignalObservationMonitor signalObservationMonitor(ObservationRegistry observationRegistry,
                                                      ObjectProvider<SignalSendObservationConvention> convention) {
        return new SignalObservationMonitor(observationRegistry, convention.getIfUnique());
    }
}
