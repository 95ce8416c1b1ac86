package io.github.middlewaresignals.autoconfigure;

import java.util.Objects;

import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import io.github.middlewaresignals.middleware.builtin.RequestIdMiddleware;
import io.github.middlewaresignals.middleware.builtin.RequestLoggingMiddleware;
import io.github.middlewaresignals.middleware.builtin.SecurityHeadersMiddleware;
import io.github.middlewaresignals.middleware.builtin.TimingMiddleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltinMiddlewareAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BuiltinMiddlewareAutoConfiguration.class));

    @Test
    void registersTheFourBuiltinsUnderTheirNamesInAServletWebApp() {
        web.run(context -> {
            assertThat(context).hasBean("request-logging").hasBean("timing").hasBean("request-id")
                    .hasBean("security-headers");
            assertThat(context.getBean("request-logging")).isInstanceOf(RequestLoggingMiddleware.class);
            assertThat(context.getBean("timing")).isInstanceOf(TimingMiddleware.class);
            assertThat(context.getBean("request-id")).isInstanceOf(RequestIdMiddleware.class);
            assertThat(context.getBean("security-headers")).isInstanceOf(SecurityHeadersMiddleware.class);
            assertThat(context.getBeansOfType(Middleware.class)).containsOnlyKeys(BuiltinMiddlewareNames.ALL);
        });
    }

    @Test
    void sendsNoHstsByDefaultEvenOnSecureRequests() {
        web.run(context -> {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.setSecure(true);
            MockHttpServletResponse response = new MockHttpServletResponse();
            context.getBean(BuiltinMiddlewareNames.SECURITY_HEADERS, Middleware.class)
                    .processResponse(request, response, null);
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.containsHeader("Strict-Transport-Security")).isFalse();
        });
    }

    @Test
    void registersNothingWithoutAWebApp() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BuiltinMiddlewareAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(Middleware.class)
                        .doesNotHaveBean("request-logging"));
    }

    @Test
    void registersNothingWithoutSpringMvc() {
        web.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
                .run(context -> assertThat(context).doesNotHaveBean(Middleware.class));
    }

    @Test
    void aUserBeanOfTheSameNameWins() {
        web.withUserConfiguration(OwnTiming.class).run(context -> {
            assertThat(context.getBean("timing")).isInstanceOf(OwnTiming.Custom.class);
            assertThat(context).doesNotHaveBean(TimingMiddleware.class);
            assertThat(context).hasSingleBean(RequestIdMiddleware.class);
        });
    }

    @Test
    void aUserBeanOfTheSameTypeUnderAnotherNameDoesNotReplaceTheBuiltin() {
        web.withUserConfiguration(ExtraTiming.class).run(context -> {
            assertThat(context.getBeansOfType(TimingMiddleware.class)).containsOnlyKeys("timing", "apiTiming");
        });
    }

    @Test
    void configuresEachBuiltinFromItsProperties() {
        web.withPropertyValues(
                "middleware.timing.header-name=X-Took",
                "middleware.request-id.header-name=X-Correlation-ID",
                "middleware.request-id.accept-incoming=false",
                "middleware.security-headers.frame-options=SAMEORIGIN",
                "middleware.security-headers.referrer-policy=",
                "middleware.security-headers.hsts-seconds=600",
                "middleware.security-headers.hsts-include-subdomains=true",
                "middleware.request-logging.mask-params=pin",
                "middleware.request-logging.server-error-level=warn")
                .run(context -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
                    request.setSecure(true);
                    request.addHeader("X-Correlation-ID", "client-chosen");
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    for (String name : BuiltinMiddlewareNames.ALL) {
                        context.getBean(name, Middleware.class).preHandle(request, response, null);
                    }
                    for (String name : BuiltinMiddlewareNames.ALL) {
                        context.getBean(name, Middleware.class).processResponse(request, response, null);
                    }
                    assertThat(response.getHeader("X-Took")).matches("\\d+\\.\\d{4}s");
                    assertThat(response.getHeader("X-Correlation-ID")).isNotEqualTo("client-chosen").hasSize(36);
                    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
                    assertThat(response.containsHeader("Referrer-Policy")).isFalse();
                    assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=600; includeSubDomains");
                    MiddlewareProperties.RequestLogging logging = context.getBean(MiddlewareProperties.class).getRequestLogging();
                    assertThat(logging.getMaskParams()).containsExactly("pin");
                    assertThat(logging.getServerErrorLevel()).isEqualTo(org.slf4j.event.Level.WARN);
                });
    }

    @Test
    void badValuesStopStartUpWithAFailureAnalysisNamingTheProperty() {
        web.withPropertyValues("middleware.request-id.max-length=0").run(context -> {
            assertThat(context).hasFailed();
            Throwable root = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
            assertThat(root).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("middleware.request-id.max-length must be at least 1, was 0: set it to 1 or more (default 128).");
            FailureAnalysis analysis = SpringFactoriesLoader.forDefaultResourceLocation()
                    .load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class,
                            new MockEnvironment().withProperty("middleware.request-id.max-length", "0"))
                            .and(BeanFactory.class, new DefaultListableBeanFactory()),
                            (type, name, unavailable) -> { })
                    .stream()
                    .map(analyzer -> analyzer.analyze(context.getStartupFailure()))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
            assertThat(analysis.getDescription()).contains("Property: middleware.request-id.max-length",
                    "Value: \"0\"", "must be at least 1, was 0: set it to 1 or more (default 128)");
            assertThat(analysis.getAction()).contains("Update your application's configuration");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnTiming {

        @Bean("timing")
        Custom timing() {
            return new Custom();
        }

        static class Custom implements Middleware {

            @Override
            public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("X-Own", "1");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ExtraTiming {

        @Bean
        TimingMiddleware apiTiming() {
            return new TimingMiddleware("X-Api-Took");
        }
    }
}
