package io.github.middlewaresignals.request;

import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
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
     * Called when the request's REQUEST dispatch is over: finishes the signals now or, for a
     * request that went async, once the container completes it.
     *
     * @param response the response as the container handed it to the filters, for the final status
     * @param escaped  whether an exception left the filter chain, so the container answers it
     */
    public void requestDispatchOver(HttpServletResponse response, boolean escaped) {
        if (!signals.requestFinished().hasListeners() && !signals.gotRequestException().hasListeners()) {
            return;
        }
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new CompletionListener(response));
        }
        else {
            finish(response, escaped);
        }
    }

    private void finish(HttpServletResponse response, boolean escaped) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        if (signals.gotRequestException().hasListeners()) {
            Throwable serverError = unansweredServerError(response, escaped);
            if (serverError != null) {
                signals.gotRequestException().sendRobust(request.getServletContext(),
                        new GotRequestException(request, serverError));
            }
        }
        if (signals.requestFinished().hasListeners()) {
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

    /** Finishes the signals of an async request once the container completed it. */
    private final class CompletionListener implements AsyncListener {

        private final HttpServletResponse response;

        CompletionListener(HttpServletResponse response) {
            this.response = response;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            finish(response, false);
        }

        @Override
        public void onError(AsyncEvent event) {
            exceptionRaised(event.getThrowable());
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
