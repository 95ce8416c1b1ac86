package io.github.middlewaresignals.middleware;

import io.github.middlewaresignals.request.GotRequestException;
import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.request.RequestStarted;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sends the request signals for the {@link MiddlewareFilter}: {@code request_started} when a
 * request's REQUEST dispatch enters the filter, {@code got_request_exception} and
 * {@code request_finished} when that dispatch is over or, for an async request, when the container
 * completes it. A servlet request listener would do the same, but any such listener makes the
 * container announce every request attribute change. Nothing is built when nobody listens.
 */
final class RequestSignalsSender {

    private final RequestSignals signals;

    RequestSignalsSender(RequestSignals signals) {
        this.signals = signals;
    }

    /** @return whether any request signal has a receiver */
    boolean heard() {
        return signals.requestStarted().hasListeners() || signals.requestFinished().hasListeners()
                || signals.gotRequestException().hasListeners();
    }

    void started(HttpServletRequest request) {
        if (signals.requestStarted().hasListeners()) {
            signals.requestStarted().sendRobust(request.getServletContext(), new RequestStarted(request));
        }
    }

    /**
     * Called when the request's REQUEST dispatch is over: finishes the request now, or once the
     * container completes it when it went async.
     *
     * @param escaped whether an exception left the filter chain, so the container answers it
     */
    void requestDispatchOver(MiddlewareExchange exchange, boolean escaped) {
        if (!signals.requestFinished().hasListeners() && !signals.gotRequestException().hasListeners()) {
            return;
        }
        if (exchange.request.isAsyncStarted()) {
            exchange.finishSignalsOnComplete(this);
        }
        else {
            finished(exchange, escaped);
        }
    }

    void finished(MiddlewareExchange exchange, boolean escaped) {
        if (!exchange.markSignalsFinished()) {
            return;
        }
        HttpServletRequest request = exchange.request;
        if (signals.gotRequestException().hasListeners()) {
            Throwable exception = exchange.unansweredServerError(escaped);
            if (exception != null) {
                signals.gotRequestException().sendRobust(request.getServletContext(),
                        new GotRequestException(request, exception));
            }
        }
        if (signals.requestFinished().hasListeners()) {
            signals.requestFinished().sendRobust(request.getServletContext(), new RequestFinished(request));
        }
    }
}
