package io.github.middlewaresignals.sample.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import io.github.middlewaresignals.sample.web.AuditMiddleware;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/** {@code application-dev.yml} switches the rate limit off without touching the middleware order. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.rate-limit.requests=1")
@ActiveProfiles("dev")
class RateLimitOffInDevTest extends HttpTestSupport {

    @Test
    void theDevProfileRunsTheChainWithoutTheRateLimit() {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = get("/api/notifications");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue(AuditMiddleware.SERVED_BY)).hasValue("middleware-signals-sample");
            assertThat(response.headers().firstValue("X-Request-Duration")).isPresent();
        }
    }
}
