package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.middleware.chain.EntryObserver;
import io.github.middlewaresignals.middleware.observation.MiddlewareEntryObservationConvention;
import io.github.middlewaresignals.middleware.observation.MiddlewareEntryObserver;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of the observations of the middleware chain's entries, in a Spring MVC servlet
 * application with an {@link ObservationRegistry} bean (Boot makes one with Actuator), unless
 * {@code middleware.observations.enabled} is false. The chain takes the {@link EntryObserver} bean; a
 * {@link MiddlewareEntryObservationConvention} bean replaces the default convention.
 */
@AutoConfiguration(before = MiddlewareAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ObservationRegistry.class, DispatcherServlet.class})
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "middleware.observations.enabled", matchIfMissing = true)
public final class MiddlewareObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(EntryObserver.class)
    MiddlewareEntryObserver middlewareEntryObserver(ObservationRegistry observationRegistry,
                                                    ObjectProvider<MiddlewareEntryObservationConvention> convention) {
        return new MiddlewareEntryObserver(observationRegistry, convention.getIfUnique());
    }
}
