package io.github.middlewaresignals.middleware.builtin;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code timing} built-in: tells the client how long the request took, as a response
 * header in seconds with four decimals ({@code X-Request-Duration: 0.0123s}). The clock starts
 * in {@code preHandle} and stops in {@code processResponse}, so the time of async handlers is
 * included; middleware listed above {@code timing} is not.
 */
public class TimingMiddleware implements Middleware {

    /** The header the duration goes in unless {@code middleware.timing.header-name} says otherwise. */
    public static final String DEFAULT_HEADER_NAME = "X-Request-Duration";

    private static final int DECIMALS = 4;

    private final String headerName;

    /** @param headerName the response header that carries the duration */
    public TimingMiddleware(String headerName) {
        this.headerName = headerName;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RequestStart.mark(request);
        return true;
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        setHeader(request, response);
    }

    private void setHeader(HttpServletRequest request, HttpServletResponse response) {
        long nanos = RequestStart.elapsedNanos(request);
        if (nanos < 0 || response.isCommitted()) {
            return;
        }
        StringBuilder value = new StringBuilder(12);
        RequestStart.appendSeconds(value, nanos, DECIMALS);
        response.setHeader(headerName, value.toString());
    }

    /** A response whose processResponse was skipped (a processResponse below it threw) may still be open. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!response.containsHeader(headerName)) {
            setHeader(request, response);
        }
    }
}
