package io.github.middlewaresignals.middleware;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the built-in middleware: what a user lists in {@code middleware.order}, and the
 * bean name each built-in is registered under. A built-in runs only when it is listed.
 */
public final class BuiltinMiddlewareNames {

    /** One INFO line per request. */
    public static final String REQUEST_LOGGING = "request-logging";
    /** The {@code X-Request-Duration} response header. */
    public static final String TIMING = "timing";
    /** Keeps or makes an {@code X-Request-ID}. */
    public static final String REQUEST_ID = "request-id";
    /** Django's {@code SecurityMiddleware} response headers. */
    public static final String SECURITY_HEADERS = "security-headers";

    /** Every built-in name, in the order Django's documentation would list them. */
    public static final Set<String> ALL = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of(SECURITY_HEADERS, REQUEST_ID, REQUEST_LOGGING, TIMING)));

    private BuiltinMiddlewareNames() {
    }
}
