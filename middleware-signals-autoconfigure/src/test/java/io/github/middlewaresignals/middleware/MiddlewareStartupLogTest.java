package io.github.middlewaresignals.middleware;

import io.github.middlewaresignals.autoconfigure.MiddlewareAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MiddlewareStartupLogTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class))
            .withBean("audit", Middleware.class, () -> new Middleware() { })
            .withBean("rateLimit", Middleware.class, () -> new Middleware() { })
            .withBean("forgotten", Middleware.class, () -> new Middleware() { })
            .withBean(BuiltinMiddlewareNames.TIMING, Middleware.class, () -> new Middleware() { });

    @Test
    void logsTheResolvedChainInOneLine(CapturedOutput output) {
        runner.withPropertyValues("middleware.order=rateLimit,audit", "middleware.entries.audit.include=/api/**")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(output).containsOnlyOnce("Middleware chain: rateLimit -> audit include=[/api/**]");
        assertThat(output.toString().lines().filter(line -> line.contains("Middleware chain:")))
                .allSatisfy(line -> assertThat(line).contains("INFO"));
    }

    @Test
    void warnsAboutMiddlewareBeansThatAreDefinedButNotListedExceptBuiltins(CapturedOutput output) {
        runner.withPropertyValues("middleware.order=rateLimit")
                .run(context -> assertThat(context).hasNotFailed());

        assertThat(output).contains("WARN").contains("Middleware bean 'forgotten'")
                .contains("is defined but not listed in middleware.order, so it does not run")
                .contains("Middleware bean 'audit'");
        assertThat(output).doesNotContain("Middleware bean 'timing'").doesNotContain("Middleware bean 'rateLimit'");
    }

    @Test
    void doesNotWarnWhenNoOrderIsGivenBecauseEveryMiddlewareBeanRuns(CapturedOutput output) {
        runner.run(context -> assertThat(context).hasNotFailed());

        assertThat(output).contains("Middleware chain: audit -> rateLimit -> forgotten")
                .doesNotContain("not listed in middleware.order");
    }
}
