package io.github.middlewaresignals.sample.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RateLimitPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(RateLimitConfiguration.class);

    @Test
    void defaultsToOneHundredRequestsPerTenSeconds() {
        runner.run(context -> {
            RateLimitProperties properties = context.getBean(RateLimitProperties.class);
            assertThat(properties.getRequests()).isEqualTo(100);
            assertThat(properties.getWindow()).isEqualTo(Duration.ofSeconds(10));
            assertThat(properties.getMaxClients()).isEqualTo(10_000);
        });
    }

    @Test
    void bindsTheConfiguredBudget() {
        runner.withPropertyValues("sample.rate-limit.requests=5", "sample.rate-limit.window=1m", "sample.rate-limit.max-clients=7")
                .run(context -> {
                    RateLimitProperties properties = context.getBean(RateLimitProperties.class);
                    assertThat(properties.getRequests()).isEqualTo(5);
                    assertThat(properties.getWindow()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(properties.getMaxClients()).isEqualTo(7);
                });
    }

    @Test
    void aBudgetThatCannotWorkStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("sample.rate-limit.requests=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("sample.rate-limit.requests"));
        runner.withPropertyValues("sample.rate-limit.window=0s").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("sample.rate-limit.window"));
    }
}
