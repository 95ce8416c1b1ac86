package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.actuate.SignalCounts;
import io.github.middlewaresignals.signal.actuate.SignalDetailsContributor;
import io.github.middlewaresignals.signal.actuate.SignalsEndpoint;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Actuator endpoint {@code signals}, when the application has Actuator and
 * the endpoint is available (exposed, and not switched off), like Boot's own endpoints. The counts
 * it reports are kept only then: an application that does not expose the endpoint pays nothing for them.
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnAvailableEndpoint(SignalsEndpoint.class)
@ConditionalOnBean(SignalRegistry.class)
public final class SignalsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SignalCounts signalCounts(SignalRegistry signalRegistry) {
        return new SignalCounts(signalRegistry, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    SignalsEndpoint signalsEndpoint(SignalRegistry signalRegistry, SignalCounts signalCounts,
                                    ObjectProvider<SignalDetailsContributor> contributors) {
        return new SignalsEndpoint(signalRegistry, signalCounts, contributors.orderedStream().toList());
    }
}
