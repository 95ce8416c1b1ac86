package io.github.middlewaresignals.middleware.app;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sets one response header in processResponse. */
public class HeaderMiddleware implements Middleware {

    private final String header;

    public HeaderMiddleware(String header) {
        this.header = header;
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(header, "yes");
    }
}
