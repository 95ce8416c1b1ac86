package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import io.github.middlewaresignals.middleware.builtin.RequestIdMiddleware;
import io.github.middlewaresignals.middleware.builtin.RequestIdProperties;
import io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware;
import io.github.middlewaresignals.middleware.builtin.RequestLoggingProperties;
import io.github.middlewaresignals.middleware.builtin.SecurityHeadersMiddleware;
import io.github.middlewaresignals.middleware.builtin.SecurityHeadersProperties;
import io.github.middlewaresignals.middleware.builtin.TimingMiddleware;
import io.github.middlewaresignals.middleware.builtin.TimingProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of the built-in middleware, each run only when listed in middleware.order.
 * Each is a bean named as it is listed; a bean of the same name defined by the application
 * replaces it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties({RequestLoggingProperties.class, TimingProperties.class,
        RequestIdProperties.class, SecurityHeadersProperties.class})
public class BuiltinMiddlewareAutoConfiguration {

    @Bean(BuiltinMiddlewareNames.REQUEST_LOGGING)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.REQUEST_LOGGING)
    public RequestLoggingMiddleware requestLoggingMiddleware(RequestLoggingProperties properties) {
        return new RequestLoggingMiddleware(properties);
    }

    @Bean(BuiltinMiddlewareNames.TIMING)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.TIMING)
    public TimingMiddleware timingMiddleware(TimingProperties properties) {
        return new TimingMiddleware(properties);
    }

    @Bean(BuiltinMiddlewareNames.REQUEST_ID)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.REQUEST_ID)
    public RequestIdMiddleware requestIdMiddleware(RequestIdProperties properties) {
        return new RequestIdMiddleware(properties);
    }

    @Bean(BuiltinMiddlewareNames.SECURITY_HEADERS)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.SECURITY_HEADERS)
    public SecurityHeadersMiddleware securityHeadersMiddleware(SecurityHeadersProperties properties) {
        return new SecurityHeadersMiddleware(properties);
    }
}
