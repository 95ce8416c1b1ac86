package io.github.middlewaresignals.request;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Starts the request signals of a request for the starter's filter: sends {@code request_started}
 * when the request's REQUEST dispatch enters the filter, and hands back the
 * {@link RequestSignalsRun} that finishes them. A servlet request listener would do the same, but
 * any such listener makes the container announce every request attribute change. Nothing is built
 * when nobody listens.
 */
public final class RequestSignalsSender {

    private final RequestSignals signals;

    public RequestSignalsSender(RequestSignals signals) {
        this.signals = signals;
    }

    /**
     * @return the run that finishes this request's signals, or {@code null} when no request signal
     *         has a receiver or the request's signals were started already
     */
    public RequestSignalsRun start(HttpServletRequest request) {
        if (!heard() || RequestSignalsRun.of(request) != null) {
            return null;
        }
        if (signals.requestStarted().isHeard()) {
            signals.requestStarted().sendRobust(request.getServletContext(), new RequestStarted(request));
        }
        return RequestSignalsRun.open(signals, request);
    }

    private boolean heard() {
        return signals.requestStarted().isHeard() || signals.requestFinished().isHeard()
                || signals.gotRequestException().isHeard();
    }
}
