package io.github.middlewaresignals.middleware.builtin;

/**
 * How the {@code request-id} built-in reads, makes and shares a request's id.
 *
 * @param headerName     the request header read for an incoming id and the response header that echoes it
 * @param maxLength      the longest incoming id that is kept
 * @param acceptIncoming whether a valid incoming id is kept at all
 * @param mdcKey         the SLF4J MDC key the id is put under
 */
public record RequestIdSettings(String headerName, int maxLength, boolean acceptIncoming, String mdcKey) {

    /** The defaults of {@code middleware.request-id.*}. */
    public static final RequestIdSettings DEFAULTS = new RequestIdSettings("X-Request-ID", 128, true, "requestId");
}
