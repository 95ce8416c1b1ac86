package io.github.middlewaresignals.middleware;

import java.io.IOException;
import io.github.middlewaresignals.request.RequestSignals;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Opens a request's {@link MiddlewareExchange} and, when the chain has processResponse hooks,
 * puts the {@link CommitGuardResponse} around the response so the hooks run before the commit.
 * Registered for the request, async and error dispatches; it recognises its own guard. It also
 * sends the request signals (see {@link RequestSignalsSender}); with an empty chain and no
 * receivers it only calls the filter chain.
 */
public final class MiddlewareFilter implements Filter {

    private final MiddlewareChain chain;
    private final RequestSignalsSender signals;

    /**
     * @param chain   the resolved chain
     * @param signals the request signals, or {@code null} when they are not in use
     */
    public MiddlewareFilter(MiddlewareChain chain, RequestSignals signals) {
        this.chain = chain;
        this.signals = signals == null ? null : new RequestSignalsSender(signals);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain filterChain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            filterChain.doFilter(servletRequest, servletResponse);
            return;
        }
        MiddlewareExchange exchange = MiddlewareExchange.of(request);
        boolean signalling = false;
        if (exchange == null) {
            // the REQUEST dispatch is the one every request has first; async and error dispatches follow it
            signalling = signals != null && request.getDispatcherType() == DispatcherType.REQUEST && signals.heard();
            if (chain.isEmpty() && !signalling) {
                filterChain.doFilter(request, response);
                return;
            }
            exchange = new MiddlewareExchange(chain, request, response);
            request.setAttribute(MiddlewareExchange.ATTRIBUTE, exchange);
        }
        if (signalling) {
            signals.started(request);
        }
        HttpServletResponse passed = response;
        if (exchange.responsePending() && !guarded(response, exchange.guard)) {
            CommitGuardResponse guard = new CommitGuardResponse(response, exchange);
            exchange.guard = guard;
            passed = guard;
        }
        Exception failure = null;
        try {
            filterChain.doFilter(request, passed);
        }
        catch (IOException | ServletException | RuntimeException exception) {
            failure = exception;
            exchange.recordException(exception);
            throw exception;
        }
        finally {
            if (!request.isAsyncStarted()) {
                // normally done already by the interceptor; this covers a preHandle that threw
                exchange.finishDispatch(passed, failure);
            }
            if (signalling) {
                signals.requestDispatchOver(exchange, failure != null);
            }
        }
    }

    private static boolean guarded(HttpServletResponse response, CommitGuardResponse guard) {
        return guard != null && (response == guard
                || response instanceof ServletResponseWrapper wrapper && wrapper.isWrapperFor(guard));
    }
}
