package io.github.middlewaresignals.sample.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import io.github.middlewaresignals.sample.signallog.SignalLog;
import io.github.middlewaresignals.sample.web.AuditMiddleware;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The rate limit over real HTTP, with a budget of three requests per hour so that the fourth is
 * refused whatever the test's speed. Its own context: no other test may spend this budget.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"sample.rate-limit.requests=3", "sample.rate-limit.window=1h"})
class RateLimitTest extends HttpTestSupport {

    @Autowired
    private SignalLog signalLog;

    @Test
    void aClientOverBudgetIsShortCircuitedWith429AndRetryAfter() {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/notifications").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = post("/api/articles", map("title", "Never saved"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(refused).get("status").asInt()).isEqualTo(429);
        assertThat(json(refused).get("detail").asString()).startsWith("More than 3 requests in 3600 s; retry in ");

        // the controller below did not run: no article was saved, so no model signal was sent
        assertThat(signalLog.newest(SignalLog.CAPACITY)).noneMatch(entry -> entry.sender().equals("Article"));

        // the middleware above the limiter still processed the response (Django's rule) ...
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(refused.headers().firstValue("X-Request-ID")).isPresent();
        assertThat(refused.headers().firstValue("X-Request-Duration")).isPresent();
        // ... and the one below it never saw the request
        assertThat(refused.headers().firstValue(AuditMiddleware.SERVED_BY)).isEmpty();

        // the budget covers /api/** only
        HttpResponse<String> outsideApi = get("/not-an-api-path");
        assertThat(outsideApi.statusCode()).isEqualTo(404);
        assertThat(outsideApi.headers().firstValue(AuditMiddleware.SERVED_BY)).hasValue("middleware-signals-sample");
    }
}
