package io.github.middlewaresignals.middleware;

import io.github.middlewaresignals.request.GotRequestException;
import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.request.RequestStarted;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends the request signals. The container tells a request listener once per request, when it
 * begins and when its last dispatch (async or error page included) is over. Nothing is built
 * when nobody listens.
 */
public final class RequestSignalsListener implements ServletRequestListener {

    private final RequestSignals signals;

    public RequestSignalsListener(RequestSignals signals) {
        this.signals = signals;
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (signals.requestStarted().hasListeners()
                && event.getServletRequest() instanceof HttpServletRequest request) {
            signals.requestStarted().sendRobust(event.getServletContext(), new RequestStarted(request));
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        if (signals.gotRequestException().hasListeners()) {
            MiddlewareExchange exchange = MiddlewareExchange.of(request);
            Throwable exception = exchange == null ? null : exchange.unansweredServerError();
            if (exception != null) {
                signals.gotRequestException().sendRobust(event.getServletContext(),
                        new GotRequestException(request, exception));
            }
        }
        if (signals.requestFinished().hasListeners()) {
            signals.requestFinished().sendRobust(event.getServletContext(), new RequestFinished(request));
        }
    }
}
