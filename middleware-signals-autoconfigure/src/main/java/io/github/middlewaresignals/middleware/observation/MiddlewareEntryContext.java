package io.github.middlewaresignals.middleware.observation;

import io.micrometer.observation.Observation;
import jakarta.servlet.http.HttpServletRequest;

/** What an observation of one middleware entry's work in one request knows. */
public class MiddlewareEntryContext extends Observation.Context {

    private final String middlewareName;
    private final HttpServletRequest request;
    private boolean shortCircuited;

    public MiddlewareEntryContext(String middlewareName, HttpServletRequest request) {
        this.middlewareName = middlewareName;
        this.request = request;
    }

    /** @return the name the entry is listed under in {@code middleware.order} */
    public String getMiddlewareName() {
        return middlewareName;
    }

    /** @return the request the entry works on */
    public HttpServletRequest getRequest() {
        return request;
    }

    /** @return whether the entry's {@code preHandle} answered the request itself (returned false) */
    public boolean isShortCircuited() {
        return shortCircuited;
    }

    /** Notes that the entry's {@code preHandle} answered the request itself. */
    public void setShortCircuited() {
        this.shortCircuited = true;
    }
}
