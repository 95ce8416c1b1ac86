package io.github.middlewaresignals.middleware;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.function.Consumer;
import io.github.middlewaresignals.autoconfigure.MiddlewareAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.HandlerInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad configuration stops start-up with a Description / Action that says what to do. */
class MiddlewareFailureAnalysisTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class))
            .withBean("audit", Middleware.class, () -> new Middleware() { })
            .withBean("legacyInterceptor", HandlerInterceptor.class, () -> new HandlerInterceptor() { })
            .withBean("greeting", String.class, () -> "hello");

    @Test
    void anUnknownEntryListsTheKnownNames() {
        failsWith(analysis -> {
            assertThat(analysis.getDescription()).contains("'rateLimiter' is unknown");
            assertThat(analysis.getAction()).contains("[security-headers, request-id, request-logging, timing]")
                    .contains("[audit, legacyInterceptor]");
        }, "middleware.order=audit,rateLimiter");
    }

    @Test
    void anUnknownClassNameIsAnUnknownEntry() {
        failsWith(analysis -> assertThat(analysis.getDescription()).contains("'com.example.Missing' is unknown"),
                "middleware.order=com.example.Missing");
    }

    @Test
    void aDuplicateEntryIsReported() {
        failsWith(analysis -> {
            assertThat(analysis.getDescription()).contains("lists 'audit' more than once");
            assertThat(analysis.getAction()).contains("List each middleware once");
        }, "middleware.order=audit,legacyInterceptor,audit");
    }

    @Test
    void theSameInterceptorUnderTwoNamesIsADuplicate() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class))
                .withBean("counting", CountingInterceptor.class, CountingInterceptor::new)
                .withPropertyValues("middleware.order=counting," + CountingInterceptor.class.getName())
                .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                        .contains("'counting' and '" + CountingInterceptor.class.getName() + "' are the same"));
    }

    @Test
    void aBeanThatIsNoInterceptorIsReported() {
        failsWith(analysis -> {
            assertThat(analysis.getDescription()).contains("'greeting' is not a HandlerInterceptor")
                    .contains("java.lang.String");
            assertThat(analysis.getAction()).contains("implement io.github.middlewaresignals.middleware.Middleware");
        }, "middleware.order=greeting");
    }

    @Test
    void aClassThatIsNoInterceptorIsReported() {
        failsWith(analysis -> assertThat(analysis.getDescription())
                .contains("'java.lang.StringBuilder' is not a HandlerInterceptor"), "middleware.order=java.lang.StringBuilder");
    }

    @Test
    void aClassThatCannotBeCreatedIsReported() {
        failsWith(analysis -> {
            assertThat(analysis.getDescription()).contains(NeedsMissingBean.class.getName() + "' could not be created")
                    .contains("no bean of that type");
            assertThat(analysis.getAction()).contains("public constructor whose parameters are beans");
        }, "middleware.order=" + NeedsMissingBean.class.getName());
    }

    @Test
    void reportsAnEntriesKeyThatIsNotInTheOrderAsALikelyTypo() {
        failsWith(analysis -> {
            assertThat(analysis.getDescription()).contains("middleware.entries.audti configures 'audti'");
            assertThat(analysis.getAction()).contains("[audit]");
        }, "middleware.order=audit", "middleware.entries.audti.enabled=false");
    }

    @Test
    void anInvalidPathPatternIsReported() {
        failsWith(analysis -> assertThat(analysis.getDescription())
                        .contains("middleware.entries.audit.include has an invalid path pattern '/api/**/x'"),
                "middleware.order=audit", "middleware.entries.audit.include=/api/**/x");
    }

    @Test
    void aBuiltinThatIsNotAvailableIsReported() {
        failsWith(analysis -> assertThat(analysis.getDescription())
                .contains("built-in middleware 'timing', but it is not available"), "middleware.order=timing");
    }

    @Test
    void theAnalyzerIsRegisteredForSpringBoot() throws IOException {
        StringBuilder factories = new StringBuilder();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            try (InputStream in = url.openStream()) {
                factories.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(factories).contains(ConfigurationProblemFailureAnalyzer.class.getName());
    }

    private void failsWith(Consumer<FailureAnalysis> check, String... properties) {
        runner.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            check.accept(analyze(context.getStartupFailure()));
        });
    }

    private static FailureAnalysis analyze(Throwable failure) {
        FailureAnalysis analysis = new ConfigurationProblemFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
        return analysis;
    }

    static class CountingInterceptor implements HandlerInterceptor {
    }

    static class NeedsMissingBean implements HandlerInterceptor {
        NeedsMissingBean(Runnable missing) {
        }
    }
}
