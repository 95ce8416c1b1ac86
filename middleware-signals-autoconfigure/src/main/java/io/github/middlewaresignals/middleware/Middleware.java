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
