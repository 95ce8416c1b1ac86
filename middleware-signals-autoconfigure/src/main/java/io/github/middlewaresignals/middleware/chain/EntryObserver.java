package io.github.middlewaresignals.middleware.chain;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Watches each entry's work in a request, from right before its {@code preHandle} to right after
 * its {@code afterCompletion}: the place where an observation per entry and request starts and
 * stops. A chain has at most one; a chain without one pays a null check per entry and request.
 */
public interface EntryObserver {

    /**
     * Called right before the entry's {@code preHandle}, on the request's thread.
     *
     * @return what {@link #stopped} gets back for this entry and request
     */
    Object started(MiddlewareEntry entry, HttpServletRequest request);

    /**
     * Called when the entry's {@code preHandle} returned false: it answered the request itself, and
     * the entries below it and the handler do not run. {@link #stopped} follows once its last hook ran.
     *
     * @param context what {@link #started} returned
     */
    default void shortCircuited(Object context) {
    }

    /**
     * Called once the entry is done with the request: after its {@code afterCompletion}, or after a
     * {@code preHandle} that threw (then its only hook).
     *
     * @param context what {@link #started} returned
     * @param failure the exception the request or the entry ended with, or {@code null}
     */
    void stopped(Object context, Throwable failure);
}
