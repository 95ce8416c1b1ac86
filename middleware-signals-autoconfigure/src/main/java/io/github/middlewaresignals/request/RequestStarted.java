package io.github.middlewaresignals.request;

import java.util.Objects;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Payload of {@code request_started}: sent once when an HTTP request begins, as it enters the
 * starter's filter, ordered right after character encoding.
 *
 * @param request the request; valid only while the receiver runs
 */
public record RequestStarted(HttpServletRequest request) {

    public RequestStarted {
        Objects.requireNonNull(request, "request");
    }
}
