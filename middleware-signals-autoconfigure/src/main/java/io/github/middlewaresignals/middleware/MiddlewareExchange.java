package io.github.middlewaresignals.middleware;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * One request's way through the chain. It lives in a request attribute, so the request, async
 * and error dispatches of one request share it: each hook runs once per request.
 */
final class MiddlewareExchange implements AsyncListener {

    static final String ATTRIBUTE = MiddlewareExchange.class.getName();

    private static final Logger log = LoggerFactory.getLogger(MiddlewareChain.class);

    private static final AtomicIntegerFieldUpdater<MiddlewareExchange> RESPONSE_PROCESSED =
            AtomicIntegerFieldUpdater.newUpdater(MiddlewareExchange.class, "responseProcessed");
    private static final AtomicIntegerFieldUpdater<MiddlewareExchange> SIGNALS_FINISHED =
            AtomicIntegerFieldUpdater.newUpdater(MiddlewareExchange.class, "signalsFinished");

    final MiddlewareChain chain;
    final HttpServletRequest request;
    /** The response as the container handed it to the outermost filter, for the final status. */
    HttpServletResponse response;
    /** The commit guard of this request, when the chain has processResponse hooks. */
    CommitGuardResponse guard;

    private Object handler;
    private boolean entered;
    /** Entries whose preHandle was called and did not throw. */
    private long ran;
    /** Entries whose preHandle returned true. */
    private long proceeded;
    private boolean completed;
    private volatile int responseProcessed;
    private boolean listeningToAsync;

    private Throwable exception;
    private boolean answered;
    /** Finishes the request signals when the async request completes, or null. */
    private RequestSignalsSender signalsOnComplete;
    private volatile int signalsFinished;

    MiddlewareExchange(MiddlewareChain chain, HttpServletRequest request, HttpServletResponse response) {
        this.chain = chain;
        this.request = request;
        this.response = response;
    }

    static MiddlewareExchange of(HttpServletRequest request) {
        return (MiddlewareExchange) request.getAttribute(ATTRIBUTE);
    }

    static MiddlewareExchange obtain(MiddlewareChain chain, HttpServletRequest request, HttpServletResponse response) {
        MiddlewareExchange exchange = of(request);
        if (exchange == null) {
            exchange = new MiddlewareExchange(chain, request, response);
            request.setAttribute(ATTRIBUTE, exchange);
        }
        return exchange;
    }

    boolean entered() {
        return entered;
    }

    boolean completed() {
        return completed;
    }

    boolean responsePending() {
        return chain.anyProcessResponse && responseProcessed == 0;
    }

    // ---- preHandle, top-down

    boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (entered) {
            return true;        // async or error dispatch of a request the chain already entered
        }
        entered = true;
        this.handler = handler;
        MiddlewareEntry[] entries = chain.entries;
        long applicable = chain.applicableEntries(request);
        for (MiddlewareEntry entry : entries) {
            if ((applicable & entry.bit) == 0) {
                continue;
            }
            ran |= entry.bit;   // set before the call: a short-circuit body written in preHandle gets this processResponse
            boolean proceed;
            try {
                proceed = entry.interceptor.preHandle(request, response, handler);
            }
            catch (Exception | Error failure) {
                ran &= ~entry.bit;
                throw failure;
            }
            if (!proceed) {
                shortCircuit(request, response, handler);
                return false;
            }
            proceeded |= entry.bit;
        }
        return true;
    }

    private void shortCircuit(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        completed = true;
        processResponse(request, response, handler);
        afterCompletionHooks(request, response, handler, null);
    }

    // ---- processResponse, bottom-up, once, before the commit

    /** Runs the processResponse hooks unless they already ran. */
    void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!entered || !chain.anyProcessResponse || responseProcessed != 0
                || !RESPONSE_PROCESSED.compareAndSet(this, 0, 1)) {
            return;
        }
        MiddlewareEntry[] entries = chain.entries;
        long ran = this.ran;
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if (entry.hasProcessResponse && (ran & entry.bit) != 0) {
                entry.middleware.processResponse(request, response, handler);
            }
        }
    }

    /** Called by the commit guard right before the first byte or the commit. */
    void beforeCommit(HttpServletResponse response) throws IOException {
        try {
            processResponse(request, response, handler);
        }
        catch (IOException | RuntimeException failure) {
            throw failure;
        }
        catch (Exception failure) {
            throw new IllegalStateException("processResponse failed: " + failure.getMessage(), failure);
        }
    }

    // ---- postHandle and afterCompletion, bottom-up

    void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView modelAndView) throws Exception {
        if (!entered || completed) {
            return;
        }
        processResponse(request, response, handler);
        MiddlewareEntry[] entries = chain.entries;
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if ((proceeded & entry.bit) != 0) {
                entry.interceptor.postHandle(request, response, handler, modelAndView);
            }
        }
    }

    void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!entered || completed) {
            return;
        }
        completed = true;
        if (failure != null && responsePending() && !response.isCommitted()) {
            // an exception no resolver handled: the container answers 500, so processResponse sees that
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        try {
            processResponse(request, response, handler);
        }
        catch (Exception | Error hookFailure) {
            log.error("Middleware processResponse threw an exception", hookFailure);
        }
        afterCompletionHooks(request, response, handler, failure);
    }

    /** Completes the chain at the end of a dispatch that did not complete it (a preHandle that threw). */
    void finishDispatch(HttpServletResponse response, Exception failure) {
        afterCompletion(request, response, handler, failure);
    }

    private void afterCompletionHooks(HttpServletRequest request, HttpServletResponse response, Object handler,
                                      Exception failure) {
        MiddlewareEntry[] entries = chain.entries;
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if ((ran & entry.bit) != 0) {
                try {
                    entry.interceptor.afterCompletion(request, response, handler, failure);
                }
                catch (Exception | Error hookFailure) {
                    log.error("Middleware '{}' afterCompletion threw an exception", entry.name, hookFailure);
                }
            }
        }
    }

    void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!entered || completed) {
            return;
        }
        MiddlewareEntry[] entries = chain.entries;
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if (entry.asyncInterceptor != null && (proceeded & entry.bit) != 0) {
                entry.asyncInterceptor.afterConcurrentHandlingStarted(request, response, handler);
            }
        }
    }

    // ---- processException, bottom-up, first answer wins

    ResponseEntity<?> processException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       Exception failure) throws Exception {
        if (!entered || !chain.anyProcessException) {
            return null;
        }
        MiddlewareEntry[] entries = chain.entries;
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if (entry.hasProcessException && (proceeded & entry.bit) != 0) {
                ResponseEntity<?> answer = entry.middleware.processException(request, response, handler, failure);
                if (answer != null) {
                    answered = true;
                    return answer;
                }
            }
        }
        return null;
    }

    // ---- what the request signals need

    void recordException(Throwable failure) {
        if (exception == null) {
            exception = failure;
        }
    }

    /**
     * @param escaped whether the exception left the filter chain: the container then answers 500
     *                unless the response is already committed
     * @return the exception that ended this request in a 5xx without a processException answer, or null
     */
    Throwable unansweredServerError(boolean escaped) {
        if (exception == null || answered) {
            return null;
        }
        if (escaped && !response.isCommitted()) {
            return exception;
        }
        return response.getStatus() >= 500 ? exception : null;
    }

    /** @return true the first time only: the request signals of a request finish once */
    boolean markSignalsFinished() {
        return SIGNALS_FINISHED.compareAndSet(this, 0, 1);
    }

    /** Sends got_request_exception and request_finished once the async request completes. */
    void finishSignalsOnComplete(RequestSignalsSender sender) {
        signalsOnComplete = sender;
        listenToAsync();
    }

    // ---- async: finish the chain and the request signals even when no async dispatch reaches the interceptor

    void listenToAsync() {
        if (!listeningToAsync && request.isAsyncStarted()) {
            listeningToAsync = true;
            request.getAsyncContext().addListener(this);
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        afterCompletion(request, response, handler, exception instanceof Exception e ? e : null);
        RequestSignalsSender sender = signalsOnComplete;
        if (sender != null) {
            sender.finished(this, false);
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
    }

    @Override
    public void onError(AsyncEvent event) {
        recordException(event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        event.getAsyncContext().addListener(this);
    }
}
