package io.github.middlewaresignals.middleware.builtin;

import java.util.List;

/** The names under which the built-in middleware are listed in {@code middleware.order}; also their bean names. */
public final class BuiltinMiddlewareNames {

    public static final String REQUEST_LOGGING = "request-logging";

    public static final String TIMING = "timing";

    public static final String REQUEST_ID = "request-id";

    public static final String SECURITY_HEADERS = "security-headers";

    public static final List<String> ALL = List.of(SECURITY_HEADERS, REQUEST_ID, REQUEST_LOGGING, TIMING);

    private BuiltinMiddlewareNames() {
    }
}
