package io.github.middlewaresignals.request;

import java.util.Objects;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Payload of {@code request_finished}: sent once when an HTTP request is over: for an async
 * request once the container completed it, otherwise at the end of its first dispatch, before an
 * error page the container may still render (see {@link RequestSignals}).
 *
 * @param request the request; valid only while the receiver runs
 */
public record RequestFinished(HttpServletRequest request) {

    public RequestFinished {
        Objects.requireNonNull(request, "request");
    }
}
