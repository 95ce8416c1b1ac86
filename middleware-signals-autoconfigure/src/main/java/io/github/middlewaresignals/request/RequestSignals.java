package io.github.middlewaresignals.request;

import io.github.middlewaresignals.signal.Signal;

/**
 * The three request signals of one application, Django's {@code django.core.signals}. Each is
 * sent once per HTTP request, async requests included, with the application's
 * {@code ServletContext} as sender. Receivers are called with {@code sendRobust}: a failing
 * receiver is logged and never breaks the request.
 * <p>
 * The starter's servlet filter sends them (a servlet request listener would make the container
 * announce every request attribute change). {@code request_started} comes when the request enters
 * the filters. {@code got_request_exception} and then {@code request_finished} come when an async
 * request has been completed by the container, after its result is written; for any other request
 * at the end of its first dispatch. So when an unhandled exception or {@code sendError} leads the
 * container to an error page, {@code request_finished} comes before that page is rendered: whether
 * an error page dispatch follows cannot be known for sure then (none registered, a committed
 * response, a client gone), and a {@code request_finished} that never came would be worse. An
 * exception that escapes the handler counts as the status the container answers it with (see
 * {@link ContainerErrorStatus}) unless the response is already committed.
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
