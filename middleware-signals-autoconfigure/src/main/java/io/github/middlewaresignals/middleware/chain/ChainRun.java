package io.github.middlewaresignals.middleware.chain;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import io.github.middlewaresignals.request.ContainerErrorStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * One request's run through the chain: which entries' {@code preHandle} ran and let the request
 * through, and which hooks are done. It lives in a request attribute, so the request, async and
 * error dispatches of one request share it and each hook runs once per request.
 * <p>
 * Bit {@code i} of {@code ran} and {@code proceeded} stands for entry {@code i}: a request's run
 * is two longs, whatever the chain's length.
 */
final class ChainRun {

    private static final String ATTRIBUTE = ChainRun.class.getName();

    private static final Logger log = LoggerFactory.getLogger(MiddlewareChain.class);

    private static final AtomicIntegerFieldUpdater<ChainRun> RESPONSE_PROCESSED =
            AtomicIntegerFieldUpdater.newUpdater(ChainRun.class, "responseProcessed");

    private final MiddlewareChain chain;
    private final MiddlewareEntry[] entries;
    private final EntryObserver observer;
    /** What the observer returned for each entry, by position; only when there is an observer. */
    private final Object[] observed;
    private Object handler;
    private HttpServletResponse response;
    private boolean entered;
    private boolean completed;
    /** Entries whose preHandle was called and did not throw: they get processResponse and afterCompletion. */
    private long ran;
    /** Entries whose preHandle returned true: they also get postHandle and afterConcurrentHandlingStarted. */
    private long proceeded;
    private volatile int responseProcessed;

    private ChainRun(MiddlewareChain chain) {
        this.chain = chain;
        this.entries = chain.entryArray();
        this.observer = chain.observer();
        this.observed = observer == null ? null : new Object[entries.length];
    }

    /** @return the run of this request, or {@code null} when the chain has not been opened for it */
    static ChainRun of(HttpServletRequest request) {
        return (ChainRun) request.getAttribute(ATTRIBUTE);
    }

    /** @return the run of this request, opened now if it has none yet */
    static ChainRun open(MiddlewareChain chain, HttpServletRequest request) {
        ChainRun run = of(request);
        if (run == null) {
            run = new ChainRun(chain);
            request.setAttribute(ATTRIBUTE, run);
        }
        return run;
    }

    /** @return whether processResponse hooks are still to run before the response commits */
    boolean responsePending() {
        return chain.hasProcessResponse() && responseProcessed == 0;
    }

    // ---- preHandle, top-down

    boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (entered) {
            return true;        // async or error dispatch of a request the chain already entered
        }
        entered = true;
        this.handler = handler;
        this.response = response;
        long applicable = chain.applicableEntries(request);
        for (int i = 0; i < entries.length; i++) {
            long bit = 1L << i;
            if ((applicable & bit) == 0) {
                continue;
            }
            if (observer != null) {
                observed[i] = observer.started(entries[i], request);
            }
            ran |= bit;         // set before the call: a short-circuit body written in preHandle gets this processResponse
            boolean proceed;
            try {
                proceed = entries[i].preHandle(request, response, handler);
            }
            catch (Exception | Error failure) {
                ran &= ~bit;
                if (observer != null) {
                    observer.stopped(observed[i], failure);
                }
                throw failure;
            }
            if (!proceed) {
                if (observer != null) {
                    observer.shortCircuited(observed[i]);
                }
                completed = true;
                processResponse(request, response);
                afterCompletionHooks(request, response, null);
                return false;
            }
            proceeded |= bit;
        }
        return true;
    }

    // ---- processResponse, bottom-up, once, before the commit

    private void processResponse(HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!entered || !chain.hasProcessResponse() || responseProcessed != 0
                || !RESPONSE_PROCESSED.compareAndSet(this, 0, 1)) {
            return;
        }
        long ran = this.ran;
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if (entry.hasProcessResponse() && (ran & (1L << i)) != 0) {
                entry.processResponse(request, response, handler);
            }
        }
    }

    /**
     * Runs the processResponse hooks right before the response commits, unless they already ran.
     *
     * @return whether they are still to run (the chain has not been entered yet)
     */
    boolean beforeCommit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            processResponse(request, response);
        }
        catch (IOException | RuntimeException failure) {
            throw failure;
        }
        catch (Exception failure) {
            throw new IllegalStateException("processResponse failed: " + failure.getMessage(), failure);
        }
        return responsePending();
    }

    // ---- postHandle and afterCompletion, bottom-up

    void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView modelAndView) throws Exception {
        if (!entered || completed) {
            return;
        }
        processResponse(request, response);
        for (int i = entries.length - 1; i >= 0; i--) {
            if ((proceeded & (1L << i)) != 0) {
                entries[i].postHandle(request, response, handler, modelAndView);
            }
        }
    }

    void afterCompletion(HttpServletRequest request, HttpServletResponse response, Exception failure) {
        if (!entered || completed) {
            return;
        }
        completed = true;
        if (failure != null && !response.isCommitted()) {
            // no resolver handled it: the hooks see the status the container is about to answer with
            response.setStatus(ContainerErrorStatus.of(failure));
        }
        try {
            processResponse(request, response);
        }
        catch (Exception | Error hookFailure) {
            log.error("Middleware processResponse threw an exception", hookFailure);
        }
        afterCompletionHooks(request, response, failure);
    }

    private void afterCompletionHooks(HttpServletRequest request, HttpServletResponse response, Exception failure) {
        for (int i = entries.length - 1; i >= 0; i--) {
            if ((ran & (1L << i)) != 0) {
                Throwable ended = failure;
                try {
                    entries[i].afterCompletion(request, response, handler, failure);
                }
                catch (Exception | Error hookFailure) {
                    ended = hookFailure;
                    log.error("Middleware '{}' afterCompletion threw an exception", entries[i].name(), hookFailure);
                }
                if (observer != null) {
                    observer.stopped(observed[i], ended);
                }
            }
        }
    }

    // ---- async: the after-hooks wait for the async result (or for the filter to see the container give up on it)

    void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!entered || completed) {
            return;
        }
        for (int i = entries.length - 1; i >= 0; i--) {
            if ((proceeded & (1L << i)) != 0) {
                entries[i].afterConcurrentHandlingStarted(request, response, handler);
            }
        }
    }

    // ---- processException, bottom-up, first answer wins

    ResponseEntity<?> processException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       Exception failure) throws Exception {
        if (!entered || !chain.hasProcessException()) {
            return null;
        }
        for (int i = entries.length - 1; i >= 0; i--) {
            MiddlewareEntry entry = entries[i];
            if (entry.hasProcessException() && (proceeded & (1L << i)) != 0) {
                ResponseEntity<?> answer = entry.processException(request, response, handler, failure);
                if (answer != null) {
                    return answer;
                }
            }
        }
        return null;
    }
}
