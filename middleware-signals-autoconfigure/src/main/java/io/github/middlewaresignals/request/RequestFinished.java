package io.github.middlewaresignals.request;

import java.util.Objects;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Payload of {@code request_finished}: sent once when an HTTP request is over, after the last
 * dispatch (also for async requests and error pages).
 *
 * @param request the request; valid only while the receiver runs
 */
public record RequestFinished(HttpServletRequest request) {

    public RequestFinished {
        Objects.requireNonNull(request, "request");
    }
}
