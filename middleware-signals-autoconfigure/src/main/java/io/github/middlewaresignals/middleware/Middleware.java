package io.github.middlewaresignals.middleware;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * A {@link org.springframework.web.servlet.HandlerInterceptor} with Django's middleware hooks.
 * Listed in {@code middleware.order}, it runs in Django's onion order: {@code preHandle}
 * top-down, {@code processResponse}, {@code postHandle} and {@code afterCompletion} bottom-up.
 */
public interface Middleware extends AsyncHandlerInterceptor {

    /**
     * Django's "code after {@code get_response}": runs bottom-up after the handler and before
     * the response is committed, so headers and status set here reach the client.
     * <p>
     * It runs once per request, at the first of: the first byte of the body, a flush, a
     * {@code sendError} or {@code sendRedirect}, {@code postHandle} (before a view renders), or
     * the end of the request. For a handler that writes the body itself, or a streaming body,
     * that is when the first byte is written; for async handlers, when the async result is
     * written. Every middleware whose {@code preHandle} ran gets it, including one that returned
     * {@code false}.
     */
    default void processResponse(HttpServletRequest request, HttpServletResponse response,
                                 Object handler) throws Exception {
    }

    /**
     * Django's {@code process_exception}: called bottom-up when the handler throws. The first
     * non-null answer becomes the response; all {@code null} leaves Spring's handling as it is.
     */
    default ResponseEntity<?> processException(HttpServletRequest request, HttpServletResponse response,
                                               Object handler, Exception exception) throws Exception {
        return null;
    }
}
