package io.github.middlewaresignals.request;

import java.util.Objects;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Payload of {@code got_request_exception}: sent once for a request whose exception ended in a
 * 5xx response, unless a middleware's {@code processException} answered it.
 *
 * @param request   the request; valid only while the receiver runs
 * @param exception what the handler (or a middleware) threw
 */
public record GotRequestException(HttpServletRequest request, Throwable exception) {

    public GotRequestException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(exception, "exception");
    }
}
