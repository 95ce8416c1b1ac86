package io.github.middlewaresignals.benchmarks.http;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A middleware that does nothing, so that a comparison measures only how it is called. It notes
 * its first request (one field read per request afterwards) so the load script can check that the
 * configuration under test really runs it.
 */
public final class NoOpMiddleware implements Middleware {

    private static final Set<NoOpMiddleware> CALLED = ConcurrentHashMap.newKeySet();

    private boolean called;

    static int instancesCalled() {
        return CALLED.size();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!called) {
            called = true;
            CALLED.add(this);
        }
        return true;
    }
}
