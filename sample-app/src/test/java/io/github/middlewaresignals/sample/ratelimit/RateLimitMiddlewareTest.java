package io.github.middlewaresignals.sample.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The fixed-window arithmetic and the memory bound, on a clock the test moves. */
class RateLimitMiddlewareTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aClientGetsItsBudgetPerWindowThen429UntilTheWindowEnds() throws Exception {
        RateLimitMiddleware limiter = limiter(2, Duration.ofSeconds(10), 100);

        assertThat(allowed(limiter, "10.0.0.1")).isTrue();
        advance(Duration.ofMillis(2500));
        assertThat(allowed(limiter, "10.0.0.1")).isTrue();
        MockHttpServletResponse refused = call(limiter, "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("8");
        assertThat(refused.getContentAsString()).contains("\"status\":429", "More than 2 requests in 10 s; retry in 8 s");

        assertThat(allowed(limiter, "10.0.0.2")).as("another client has its own budget").isTrue();

        advance(Duration.ofMillis(7500));
        assertThat(allowed(limiter, "10.0.0.1")).as("a new window begins").isTrue();
    }

    @Test
    void retryAfterIsNeverZero() throws Exception {
        RateLimitMiddleware limiter = limiter(1, Duration.ofMillis(300), 100);
        allowed(limiter, "10.0.0.1");

        assertThat(call(limiter, "10.0.0.1").getHeader("Retry-After")).isEqualTo("1");
    }

    @Test
    void endedWindowsAreEvicted() throws Exception {
        RateLimitMiddleware limiter = limiter(5, Duration.ofSeconds(10), 100);
        for (int i = 0; i < 50; i++) {
            allowed(limiter, "10.0.1." + i);
        }
        assertThat(limiter.trackedClients()).isEqualTo(50);

        advance(Duration.ofSeconds(11));
        allowed(limiter, "10.0.2.1");

        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void beyondMaxClientsNewcomersShareOneBudget() throws Exception {
        RateLimitMiddleware limiter = limiter(2, Duration.ofSeconds(10), 3);
        for (int i = 0; i < 3; i++) {
            allowed(limiter, "10.0.0." + i);
        }

        assertThat(allowed(limiter, "192.168.0.1")).isTrue();
        assertThat(allowed(limiter, "192.168.0.2")).isTrue();
        assertThat(allowed(limiter, "192.168.0.3")).as("the shared budget of 2 is spent").isFalse();
        assertThat(allowed(limiter, "10.0.0.0")).as("tracked clients keep their own budget").isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(4);

        advance(Duration.ofSeconds(10));
        assertThat(allowed(limiter, "192.168.0.3")).as("room again once old windows end").isTrue();
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    private RateLimitMiddleware limiter(int requests, Duration window, int maxClients) {
        RateLimitProperties properties = new RateLimitProperties();
        properties.setRequests(requests);
        properties.setWindow(window);
        properties.setMaxClients(maxClients);
        return new RateLimitMiddleware(properties, now::get);
    }

    private void advance(Duration duration) {
        now.addAndGet(TimeUnit.NANOSECONDS.convert(duration));
    }

    private static boolean allowed(RateLimitMiddleware limiter, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/articles");
        request.setRemoteAddr(address);
        return limiter.preHandle(request, new MockHttpServletResponse(), null);
    }

    private static MockHttpServletResponse call(RateLimitMiddleware limiter, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/articles");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(limiter.preHandle(request, response, null)).isFalse();
        return response;
    }
}
