package io.github.middlewaresignals.sample.ratelimit;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The budget of {@link RateLimitMiddleware}: how many requests one client IP may make per
 * window. Which paths it guards is set with {@code middleware.entries.rateLimitMiddleware.include}.
 */
@ConfigurationProperties("sample.rate-limit")
@Validated
public class RateLimitProperties {

    /**
     * Requests one client IP may make per window; the next one is answered with
     * 429 Too Many Requests and a Retry-After header.
     */
    @Min(1)
    private int requests = 100;

    /**
     * Length of a window. A client's window starts with its first request and its count starts
     * again from zero when the window ends.
     */
    @DurationMin(millis = 1)
    private Duration window = Duration.ofSeconds(10);

    /**
     * Most client IPs tracked at once. Ended windows are evicted; while more clients than this
     * are active, the newcomers share a single budget, so memory stays bounded.
     */
    @Min(1)
    private int maxClients = 10_000;

    public int getRequests() {
        return requests;
    }

    public void setRequests(int requests) {
        this.requests = requests;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public int getMaxClients() {
        return maxClients;
    }

    public void setMaxClients(int maxClients) {
        this.maxClients = maxClients;
    }
}
