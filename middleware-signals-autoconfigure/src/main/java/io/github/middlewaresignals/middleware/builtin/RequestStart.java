package io.github.middlewaresignals.middleware.builtin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The moment a request entered the built-in middleware, kept as a request attribute so that
 * durations measured on an async dispatch thread still cover the whole request, and so that
 * {@code timing} and {@code request-logging} report the same start.
 */
final class RequestStart {

    static final String ATTRIBUTE = RequestStart.class.getName();

    private RequestStart() {
    }

    /** Records now as the start, unless an earlier hook already did. */
    static void mark(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            request.setAttribute(ATTRIBUTE, System.nanoTime());
        }
    }

    /** Nanoseconds since {@link #mark}, or -1 when the request was never marked. */
    static long elapsedNanos(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Long start) {
            return Math.max(0, System.nanoTime() - start);
        }
        return -1;
    }

    /** Appends nanoseconds as seconds with the given number of decimals and an {@code s}, e.g. {@code 0.0123s}. */
    static void appendSeconds(StringBuilder out, long nanos, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long unitNanos = 1_000_000_000L / scale;
        long units = (nanos + unitNanos / 2) / unitNanos;
        out.append(units / scale);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(units % scale);
            for (int i = fraction.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction);
        }
        out.append('s');
    }
}
