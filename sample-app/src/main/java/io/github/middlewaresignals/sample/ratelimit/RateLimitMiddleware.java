package io.github.middlewaresignals.sample.ratelimit;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The seed article's rate limiter: a fixed window per client IP. When a client has used its
 * budget, {@code preHandle} answers {@code 429 Too Many Requests} with {@code Retry-After} and
 * returns {@code false}, so neither the middleware below it nor the controller run (the
 * middleware above still see the response, as in Django).
 * <p>
 * The client is {@code request.getRemoteAddr()}; behind a proxy, set
 * {@code server.forward-headers-strategy} so that it is the real client's address.
 */
@Component("rateLimitMiddleware")
class RateLimitMiddleware implements Middleware {

    /** Shared key of the clients that arrive while {@code max-clients} others are tracked. */
    static final String OVERFLOW = "*";

    private final int budget;
    private final String budgetText;
    private final long windowNanos;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    @Autowired
    RateLimitMiddleware(RateLimitProperties properties) {
        this(properties, System::nanoTime);
    }

    RateLimitMiddleware(RateLimitProperties properties, LongSupplier nanoTime) {
        this.budget = properties.getRequests();
        this.windowNanos = properties.getWindow().toNanos();
        this.budgetText = "More than " + budget + " requests in " + describe(properties.getWindow());
        this.maxClients = properties.getMaxClients();
        this.nanoTime = nanoTime;
        this.nextSweep = new AtomicLong(nanoTime.getAsLong() + windowNanos);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        Window window = windows.compute(clientKey(request.getRemoteAddr(), now),
                (client, current) -> current == null || current.isOver(now) ? new Window(now + windowNanos) : current);
        if (window.count.incrementAndGet() <= budget) {
            return true;
        }
        long retryAfterSeconds = Math.max(1, (window.endNanos - now + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"" + budgetText + "; retry in " + retryAfterSeconds + " s\"}");
        return false;
    }

    /** @return how many clients currently hold a window (for the memory bound) */
    int trackedClients() {
        return windows.size();
    }

    private String clientKey(String address, long now) {
        if (windows.size() < maxClients || windows.containsKey(address)) {
            return address;
        }
        sweep(now);
        return windows.size() < maxClients ? address : OVERFLOW;
    }

    private static String describe(Duration window) {
        return window.toMillis() % 1000 == 0 ? window.toSeconds() + " s" : window.toMillis() + " ms";
    }

    /** Drops ended windows, at most once per window length unless the table is full. */
    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + windowNanos)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        windows.values().removeIf(window -> window.isOver(now));
    }

    /** One client's current window: when it ends and how many requests it has seen. */
    private static final class Window {
        final long endNanos;
        final AtomicInteger count = new AtomicInteger();

        Window(long endNanos) {
            this.endNanos = endNanos;
        }

        boolean isOver(long now) {
            return now - endNanos >= 0;
        }
    }
}
