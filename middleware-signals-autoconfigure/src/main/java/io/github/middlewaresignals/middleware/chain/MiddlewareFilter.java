package io.github.middlewaresignals.middleware.chain;

import java.io.IOException;
import io.github.middlewaresignals.request.RequestSignalsRun;
import io.github.middlewaresignals.request.RequestSignalsSender;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a request enters the chain and the request signals. It opens the request's run of the
 * chain and, while processResponse hooks are pending, puts a {@link CommitGuardResponse} around
 * the response so they run before the commit; it completes the run at the end of a dispatch that
 * did not (a preHandle that threw). Registered for the request, async and error dispatches; a
 * response it already guards is not guarded twice. With an empty chain and no receivers it only
 * calls the filter chain.
 */
public final class MiddlewareFilter implements Filter {

    private final MiddlewareChain chain;
    private final RequestSignalsSender signals;

    /**
     * @param chain   the resolved chain
     * @param signals sends the request signals, or {@code null} when they are not in use
     */
    public MiddlewareFilter(MiddlewareChain chain, RequestSignalsSender signals) {
        this.chain = chain;
        this.signals = signals;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain filterChain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            filterChain.doFilter(servletRequest, servletResponse);
            return;
        }
        // the REQUEST dispatch is the one every request has first; async and error dispatches follow it
        RequestSignalsRun signalsRun = signals != null && request.getDispatcherType() == DispatcherType.REQUEST
                ? signals.start(request) : null;
        ChainRun run = chain.isEmpty() ? null : ChainRun.open(chain, request);
        if (run == null && signalsRun == null) {
            filterChain.doFilter(request, response);
            return;
        }
        HttpServletResponse passed = response;
        if (run != null && run.responsePending() && !CommitGuardResponse.isAround(response)) {
            passed = new CommitGuardResponse(response, committing -> run.beforeCommit(request, committing));
        }
        Exception failure = null;
        try {
            filterChain.doFilter(request, passed);
        }
        catch (IOException | ServletException | RuntimeException exception) {
            failure = exception;
            RequestSignalsRun current = signalsRun != null ? signalsRun : RequestSignalsRun.of(request);
            if (current != null) {
                current.exceptionRaised(exception);
            }
            throw exception;
        }
        finally {
            if (run != null && !request.isAsyncStarted()) {
                run.afterCompletion(request, passed, failure);
            }
            if (signalsRun != null) {
                signalsRun.requestDispatchOver(response, failure != null);
            }
        }
    }
}
