package io.github.middlewaresignals.request;

import java.util.Objects;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Payload of {@code request_started}: sent once when an HTTP request begins, before any filter.
 *
 * @param request the request; valid only while the receiver runs
 */
public record RequestStarted(HttpServletRequest request) {

    public RequestStarted {
        Objects.requireNonNull(request, "request");
    }
}
