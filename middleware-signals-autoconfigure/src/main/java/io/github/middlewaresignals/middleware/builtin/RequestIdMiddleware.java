package io.github.middlewaresignals.middleware.builtin;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

/**
 * The {@code request-id} built-in: gives every request an id for correlating logs across
 * services. A valid incoming {@code X-Request-ID} (1 to 128 characters of
 * {@code [A-Za-z0-9._:-]}) is kept, anything else is replaced by a new random UUID. The id is
 * echoed on the response, stored as the request attribute {@link #ATTRIBUTE} and put in the
 * SLF4J MDC under {@code requestId} while the request is handled on the container's threads.
 */
public class RequestIdMiddleware implements Middleware {

    /** Request attribute that holds the request's id. */
    public static final String ATTRIBUTE = RequestIdMiddleware.class.getName() + ".ID";

    private final String headerName;

    private final int maxLength;

    private final boolean acceptIncoming;

    private final String mdcKey;

    public RequestIdMiddleware(RequestIdSettings settings) {
        this.headerName = settings.headerName();
        this.maxLength = settings.maxLength();
        this.acceptIncoming = settings.acceptIncoming();
        this.mdcKey = settings.mdcKey();
    }

    /** The id the {@code request-id} middleware gave this request, or {@code null} when it did not run. */
    public static String requestId(HttpServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String id = requestId(request);
        if (id == null) {
            String incoming = request.getHeader(headerName);
            id = acceptIncoming && isAcceptable(incoming) ? incoming : newId();
            request.setAttribute(ATTRIBUTE, id);
        }
        response.setHeader(headerName, id);
        MDC.put(mdcKey, id);
        return true;
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String id = requestId(request);
        if (id == null) {
            return;
        }
        if (!response.containsHeader(headerName)) {
            response.setHeader(headerName, id);
        }
        // The after-hooks of an async request run on the thread of the async dispatch, which preHandle
        // never saw; afterCompletion on that same thread removes the entry again. While async handling
        // is still running, the caller is a worker thread writing a streamed body: leave its MDC alone.
        if (!request.isAsyncStarted()) {
            MDC.put(mdcKey, id);
        }
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                               Object handler) {
        // the container thread goes back to the pool while the handler works on
        MDC.remove(mdcKey);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        MDC.remove(mdcKey);
    }

    boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    /**
     * A version 4 UUID from {@link ThreadLocalRandom}: a correlation id needs to be unique, not
     * unguessable, and {@link UUID#randomUUID()} would put every request through one shared
     * {@code SecureRandom}.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
