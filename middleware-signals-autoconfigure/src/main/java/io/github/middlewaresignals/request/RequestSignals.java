package io.github.middlewaresignals.request;

import io.github.middlewaresignals.signal.Signal;

/**
 * The three request signals of one application, Django's {@code django.core.signals}. Each is
 * sent once per HTTP request, async requests included, with the application's
 * {@code ServletContext} as sender. Receivers are called with {@code sendRobust}: a failing
 * receiver is logged and never breaks the request.
 */
public final class RequestSignals {

    /** Name of the signal sent when a request begins. */
    public static final String REQUEST_STARTED = "request_started";
    /** Name of the signal sent when a request is over. */
    public static final String REQUEST_FINISHED = "request_finished";
    /** Name of the signal sent for an exception that ended a request in a 5xx. */
    public static final String GOT_REQUEST_EXCEPTION = "got_request_exception";

    private final Signal<RequestStarted> requestStarted = new Signal<>(REQUEST_STARTED);
    private final Signal<RequestFinished> requestFinished = new Signal<>(REQUEST_FINISHED);
    private final Signal<GotRequestException> gotRequestException = new Signal<>(GOT_REQUEST_EXCEPTION);

    /** @return {@code request_started} */
    public Signal<RequestStarted> requestStarted() {
        return requestStarted;
    }

    /** @return {@code request_finished} */
    public Signal<RequestFinished> requestFinished() {
        return requestFinished;
    }

    /** @return {@code got_request_exception} */
    public Signal<GotRequestException> gotRequestException() {
        return gotRequestException;
    }
}
