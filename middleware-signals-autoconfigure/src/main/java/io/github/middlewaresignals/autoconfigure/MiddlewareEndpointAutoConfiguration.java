package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.middleware.actuate.MiddlewareEndpoint;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Actuator endpoint {@code middleware}, when the application has Actuator,
 * a middleware chain (a Spring MVC servlet application), and the endpoint is available (exposed, and
 * not switched off), like Boot's own endpoints.
 */
@AutoConfiguration(after = MiddlewareAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, MiddlewareChain.class})
@ConditionalOnAvailableEndpoint(MiddlewareEndpoint.class)
@ConditionalOnBean(MiddlewareChain.class)
public final class MiddlewareEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MiddlewareEndpoint middlewareEndpoint(MiddlewareChain middlewareChain) {
        return new MiddlewareEndpoint(middlewareChain);
    }
}
