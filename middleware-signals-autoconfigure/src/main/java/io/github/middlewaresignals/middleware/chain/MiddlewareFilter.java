package io.github.middlewaresignals.middleware.chain;

import java.io.IOException;
import io.github.middlewaresignals.request.RequestSignalsRun;
import io.github.middlewaresignals.request.RequestSignalsSender;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
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
 * the response so they run before the commit. At the end of a dispatch it completes the run if the
 * interceptor did not (a preHandle that threw) and finishes the request signals, or, for a request
 * that went async, leaves both to the container's completion of it. Registered for the request,
 * async and error dispatches; a response it already guards is not guarded twice. With an empty
 * chain and no receivers it only calls the filter chain.
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
            if (!request.isAsyncStarted()) {
                if (run != null) {
                    run.afterCompletion(request, passed, failure);
                }
                if (signalsRun != null) {
                    signalsRun.finish(response, failure != null);
                }
            }
            else if (request.getDispatcherType() == DispatcherType.REQUEST) {
                request.getAsyncContext().addListener(new AsyncCompletion(request, passed, run, response, signalsRun));
            }
        }
    }

    /**
     * Completes the chain's run and finishes the request signals when the container completes an
     * async request: after the async dispatch that wrote the result (which normally completed the
     * run already), or when no dispatch came (a timeout, a client gone).
     */
    private static final class AsyncCompletion implements AsyncListener {

        private final HttpServletRequest request;
        private final HttpServletResponse passed;
        private final ChainRun run;
        private final HttpServletResponse response;
        private final RequestSignalsRun signalsRun;
        private Exception failure;

        AsyncCompletion(HttpServletRequest request, HttpServletResponse passed, ChainRun run,
                        HttpServletResponse response, RequestSignalsRun signalsRun) {
            this.request = request;
            this.passed = passed;
            this.run = run;
            this.response = response;
            this.signalsRun = signalsRun;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            if (run != null) {
                run.afterCompletion(request, passed, failure);
            }
            if (signalsRun != null) {
                signalsRun.finish(response, false);
            }
        }

        @Override
        public void onError(AsyncEvent event) {
            if (failure == null && event.getThrowable() instanceof Exception exception) {
                failure = exception;
            }
            if (signalsRun != null) {
                signalsRun.exceptionRaised(event.getThrowable());
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
