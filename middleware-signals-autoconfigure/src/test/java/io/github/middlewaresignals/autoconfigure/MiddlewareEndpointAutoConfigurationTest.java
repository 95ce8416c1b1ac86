package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.actuate.MiddlewareEndpoint;
import io.github.middlewaresignals.middleware.actuate.MiddlewareEndpoint.EntryDescriptor;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;

class MiddlewareEndpointAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BuiltinMiddlewareAutoConfiguration.class, MiddlewareAutoConfiguration.class,
                    MiddlewareEndpointAutoConfiguration.class))
            .withUserConfiguration(Interceptors.class);

    /** A middleware with Django's response and exception hooks. */
    public static class AuditMiddleware implements Middleware {
        @Override
        public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        }

        @Override
        public ResponseEntity<?> processException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                                  Exception exception) {
            return null;
        }
    }

    /** A plain Spring interceptor with only an afterCompletion. */
    public static class CleanupInterceptor implements HandlerInterceptor {
        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Interceptors {
        @Bean
        CleanupInterceptor cleanup() {
            return new CleanupInterceptor();
        }
    }

    @Test
    void reportsEveryListedEntryInOrderWithItsSourceClassPatternsAndHooks() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=middleware",
                        "middleware.order=security-headers,timing,cleanup," + AuditMiddleware.class.getName(),
                        "middleware.entries.timing.include=/api/**", "middleware.entries.timing.exclude=/api/internal/**",
                        "middleware.entries.security-headers.enabled=false")
                .run(context -> assertThat(context.getBean(MiddlewareEndpoint.class).middleware().chain()).containsExactly(
                        new EntryDescriptor("security-headers", "built-in",
                                "io.github.middlewaresignals.middleware.builtin.SecurityHeadersMiddleware", List.of(), List.of(),
                                false, List.of("processResponse", "afterCompletion")),
                        new EntryDescriptor("timing", "built-in", "io.github.middlewaresignals.middleware.builtin.TimingMiddleware",
                                List.of("/api/**"), List.of("/api/internal/**"), true,
                                List.of("preHandle", "processResponse", "afterCompletion")),
                        new EntryDescriptor("cleanup", "bean", CleanupInterceptor.class.getName(), List.of(), List.of(), true,
                                List.of("afterCompletion")),
                        new EntryDescriptor(AuditMiddleware.class.getName(), "class", AuditMiddleware.class.getName(), List.of(),
                                List.of(), true, List.of("processResponse", "processException"))));
    }

    @Test
    void anEndpointThatIsNotExposedIsNotCreated() {
        runner.run(context -> assertThat(context).doesNotHaveBean(MiddlewareEndpoint.class));
    }

    @Test
    void anApplicationWithoutActuatorGetsNoEndpoint() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .withPropertyValues("management.endpoints.web.exposure.include=middleware", "middleware.order=cleanup")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MiddlewareEndpoint.class));
    }

    @Test
    void anApplicationWithoutAChainGetsNoEndpoint() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class, MiddlewareEndpointAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=middleware")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MiddlewareEndpoint.class));
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnEndpoint() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=middleware")
                .withBean("ownMiddlewareEndpoint", MiddlewareEndpoint.class,
                        () -> new MiddlewareEndpoint(MiddlewareChain.empty()))
                .run(context -> assertThat(context).hasSingleBean(MiddlewareEndpoint.class).hasBean("ownMiddlewareEndpoint"));
    }
}
