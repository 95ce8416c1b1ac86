package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import io.github.middlewaresignals.middleware.builtin.RequestIdMiddleware;
import io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware;
import io.github.middlewaresignals.middleware.builtin.SecurityHeadersMiddleware;
import io.github.middlewaresignals.middleware.builtin.TimingMiddleware;
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
 * replaces it (the name is what middleware.order refers to, so it is what a replacement must match).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(MiddlewareProperties.class)
public final class BuiltinMiddlewareAutoConfiguration {

    @Bean(BuiltinMiddlewareNames.REQUEST_LOGGING)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.REQUEST_LOGGING)
    RequestLoggingMiddleware requestLoggingMiddleware(MiddlewareProperties properties) {
        return new RequestLoggingMiddleware(properties.getRequestLogging().toSettings());
    }

    @Bean(BuiltinMiddlewareNames.TIMING)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.TIMING)
    TimingMiddleware timingMiddleware(MiddlewareProperties properties) {
        return new TimingMiddleware(properties.getTiming().getHeaderName());
    }

    @Bean(BuiltinMiddlewareNames.REQUEST_ID)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.REQUEST_ID)
    RequestIdMiddleware requestIdMiddleware(MiddlewareProperties properties) {
        return new RequestIdMiddleware(properties.getRequestId().toSettings());
    }

    @Bean(BuiltinMiddlewareNames.SECURITY_HEADERS)
    @ConditionalOnMissingBean(name = BuiltinMiddlewareNames.SECURITY_HEADERS)
    SecurityHeadersMiddleware securityHeadersMiddleware(MiddlewareProperties properties) {
        return new SecurityHeadersMiddleware(properties.getSecurityHeaders().toSettings());
    }
}
