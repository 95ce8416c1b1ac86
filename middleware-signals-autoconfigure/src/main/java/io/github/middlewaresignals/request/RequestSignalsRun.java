package io.github.middlewaresignals.request;

import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The request signals of one request after {@code request_started}: what they need to know to
 * finish (the exception the request raised, whether a middleware answered it) and that they
 * finish once. It lives in a request attribute, so the starter's exception resolver can tell it
 * about an exception on any dispatch.
 */
public final class RequestSignalsRun {

    private static final String ATTRIBUTE = RequestSignalsRun.class.getName();

    private final RequestSignals signals;
    private final HttpServletRequest request;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile Throwable exception;
    private volatile boolean answered;

    private RequestSignalsRun(RequestSignals signals, HttpServletRequest request) {
        this.signals = signals;
        this.request = request;
    }

    static RequestSignalsRun open(RequestSignals signals, HttpServletRequest request) {
        RequestSignalsRun run = new RequestSignalsRun(signals, request);
        request.setAttribute(ATTRIBUTE, run);
        return run;
    }

    /** @return the run of this request, or {@code null} when its signals were never started */
    public static RequestSignalsRun of(HttpServletRequest request) {
        return (RequestSignalsRun) request.getAttribute(ATTRIBUTE);
    }

    /** Notes an exception of the request; the first one is what {@code got_request_exception} carries. */
    public void exceptionRaised(Throwable failure) {
        if (exception == null) {
            exception = failure;
        }
    }

    /** Notes that a middleware's processException answered the exception: no {@code got_request_exception}. */
    public void exceptionAnswered() {
        answered = true;
    }

    /**
     * Sends {@code got_request_exception} when the request ended in a 5xx no middleware answered,
     * then {@code request_finished}; only the first call sends anything. Called at the end of the
     * request's REQUEST dispatch or, for a request that went async, once the container completed it.
     *
     * @param response the response as the container handed it to the filters, for the final status
     * @param escaped  whether an exception left the filter chain, so the container answers it
     */
    public void finish(HttpServletResponse response, boolean escaped) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        if (signals.gotRequestException().isHeard()) {
            Throwable serverError = unansweredServerError(response, escaped);
            if (serverError != null) {
                signals.gotRequestException().sendRobust(request.getServletContext(),
                        new GotRequestException(request, serverError));
            }
        }
        if (signals.requestFinished().isHeard()) {
            signals.requestFinished().sendRobust(request.getServletContext(), new RequestFinished(request));
        }
    }

    /** @return the exception that ended this request in a 5xx without a processException answer, or null */
    private Throwable unansweredServerError(HttpServletResponse response, boolean escaped) {
        Throwable failure = exception;
        if (failure == null || answered) {
            return null;
        }
        int status = escaped && !response.isCommitted() ? ContainerErrorStatus.of(failure) : response.getStatus();
        return status >= 500 ? failure : null;
    }
}
