package io.github.middlewaresignals.middleware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The resolved middleware chain: the entries of {@code middleware.order} (outermost first), with
 * their path limits, worked out once at start-up.
 */
public final class MiddlewareChain {

    /** The largest number of entries a chain may have. */
    public static final int MAX_ENTRIES = 64;

    private static final MiddlewareChain EMPTY = new MiddlewareChain(new MiddlewareEntry[0], List.of());

    final MiddlewareEntry[] entries;
    final long allEntries;
    final boolean anyPatterns;
    final boolean anyProcessResponse;
    final boolean anyProcessException;
    private final List<String> disabled;

    MiddlewareChain(MiddlewareEntry[] entries, List<String> disabled) {
        this.entries = entries;
        this.allEntries = entries.length == MAX_ENTRIES ? -1L : (1L << entries.length) - 1;
        this.anyPatterns = Arrays.stream(entries).anyMatch(MiddlewareEntry::hasPatterns);
        this.anyProcessResponse = Arrays.stream(entries).anyMatch(entry -> entry.hasProcessResponse);
        this.anyProcessException = Arrays.stream(entries).anyMatch(entry -> entry.hasProcessException);
        this.disabled = List.copyOf(disabled);
    }

    /** @return a chain that runs nothing */
    public static MiddlewareChain empty() {
        return EMPTY;
    }

    /** @return whether the chain runs nothing */
    public boolean isEmpty() {
        return entries.length == 0;
    }

    /** @return the names of the entries, outermost first */
    public List<String> names() {
        return Arrays.stream(entries).map(entry -> entry.name).toList();
    }

    /** @return the interceptors of the entries, outermost first */
    public List<HandlerInterceptor> interceptors() {
        List<HandlerInterceptor> interceptors = new ArrayList<>(entries.length);
        for (MiddlewareEntry entry : entries) {
            interceptors.add(entry.interceptor);
        }
        return Collections.unmodifiableList(interceptors);
    }

    /** @return whether any entry implements {@link Middleware#processResponse} */
    public boolean hasProcessResponse() {
        return anyProcessResponse;
    }

    /** @return the chain as one line, e.g. {@code security-headers -> timing include=[/api/**]} */
    public String describe() {
        String chain = entries.length == 0 ? "(empty)"
                : Arrays.stream(entries).map(MiddlewareEntry::describe).collect(Collectors.joining(" -> "));
        return disabled.isEmpty() ? chain : chain + " (disabled: " + String.join(", ", disabled) + ")";
    }

    /** The entries that apply to this request, as a bit mask over {@link #entries}. */
    long applicableEntries(HttpServletRequest request) {
        if (!anyPatterns) {
            return allEntries;
        }
        // Spring MVC has parsed the path for its own mappings; parse without caching only when it has not
        PathContainer path = (ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : RequestPath.parse(request.getRequestURI(), request.getContextPath())).pathWithinApplication();
        long applicable = 0;
        for (MiddlewareEntry entry : entries) {
            if (entry.appliesTo(path)) {
                applicable |= entry.bit;
            }
        }
        return applicable;
    }

    @Override
    public String toString() {
        return "MiddlewareChain[" + describe() + "]";
    }
}
