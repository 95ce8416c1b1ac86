package io.github.middlewaresignals.middleware.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.aop.support.AopUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The resolved middleware chain: the entries of {@code middleware.order}, outermost first, with
 * their path limits, worked out once at start-up and never changed.
 */
public final class MiddlewareChain {

    /** The largest number of entries a chain may have: a request's run keeps one bit per entry. */
    public static final int MAX_ENTRIES = 64;

    private static final MiddlewareChain EMPTY = new MiddlewareChain(List.of(), List.of());

    private final MiddlewareEntry[] entries;
    private final long allEntries;
    private final boolean anyPatterns;
    private final boolean anyProcessResponse;
    private final boolean anyProcessException;
    private final List<ListedEntry> listing;
    private final EntryObserver observer;

    /**
     * @param entries  the entries that run, outermost first
     * @param disabled the names of the listed entries that are switched off, for {@link #describe()}
     */
    public MiddlewareChain(List<MiddlewareEntry> entries, List<String> disabled) {
        this(entries, disabled, null);
    }

    /**
     * @param entries  the entries that run, outermost first
     * @param disabled the names of the listed entries that are switched off, for {@link #describe()}
     * @param observer watches each entry's work in each request, or {@code null}
     */
    public MiddlewareChain(List<MiddlewareEntry> entries, List<String> disabled, EntryObserver observer) {
        this(entries.toArray(new MiddlewareEntry[0]), listing(entries, disabled), observer);
    }

    /**
     * @param entries the entries that run, outermost first
     * @param listing every name of the order as resolved, switched off or not, in the order's order
     */
    public static MiddlewareChain of(List<MiddlewareEntry> entries, List<ListedEntry> listing) {
        return new MiddlewareChain(entries.toArray(new MiddlewareEntry[0]), listing, null);
    }

    private MiddlewareChain(MiddlewareEntry[] entries, List<ListedEntry> listing, EntryObserver observer) {
        if (entries.length > MAX_ENTRIES) {
            throw new IllegalArgumentException("A middleware chain has at most " + MAX_ENTRIES + " entries, not "
                    + entries.length);
        }
        this.entries = entries;
        this.allEntries = entries.length == MAX_ENTRIES ? -1L : (1L << entries.length) - 1;
        this.anyPatterns = Arrays.stream(entries).anyMatch(MiddlewareEntry::hasPatterns);
        this.anyProcessResponse = Arrays.stream(entries).anyMatch(MiddlewareEntry::hasProcessResponse);
        this.anyProcessException = Arrays.stream(entries).anyMatch(MiddlewareEntry::hasProcessException);
        this.listing = List.copyOf(listing);
        this.observer = observer;
    }

    /** What a chain built from entries alone can say about them: no source, the disabled ones by name only. */
    private static List<ListedEntry> listing(List<MiddlewareEntry> entries, List<String> disabled) {
        List<ListedEntry> listing = new ArrayList<>();
        for (MiddlewareEntry entry : entries) {
            listing.add(new ListedEntry(entry.name(), null, AopUtils.getTargetClass(entry.interceptor()),
                    entry.includePatterns(), entry.excludePatterns(), true));
        }
        for (String name : disabled) {
            listing.add(new ListedEntry(name, null, null, List.of(), List.of(), false));
        }
        return listing;
    }

    /**
     * @param observer watches each entry's work in each request, or {@code null} for none
     * @return this chain with that observer
     */
    public MiddlewareChain observedBy(EntryObserver observer) {
        return new MiddlewareChain(entries, listing, observer);
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
        return entries().stream().map(MiddlewareEntry::name).toList();
    }

    /** @return the interceptors of the entries, outermost first */
    public List<HandlerInterceptor> interceptors() {
        return entries().stream().map(MiddlewareEntry::interceptor).toList();
    }

    /** @return the entries, outermost first */
    public List<MiddlewareEntry> entries() {
        return List.of(entries);
    }

    /** @return every name of the order as resolved, switched off or not, in the order's order */
    public List<ListedEntry> listing() {
        return listing;
    }

    /** @return whether any entry implements {@link io.github.middlewaresignals.middleware.Middleware#processResponse} */
    public boolean hasProcessResponse() {
        return anyProcessResponse;
    }

    boolean hasProcessException() {
        return anyProcessException;
    }

    /** @return what watches each entry's work in a request, or {@code null} */
    EntryObserver observer() {
        return observer;
    }

    /** The entries as an array a request's run walks by index; never modified. */
    MiddlewareEntry[] entryArray() {
        return entries;
    }

    /** @return the chain as one line, e.g. {@code security-headers -> timing include=[/api/**]} */
    public String describe() {
        String chain = entries.length == 0 ? "(empty)"
                : entries().stream().map(MiddlewareEntry::describe).collect(Collectors.joining(" -> "));
        List<String> disabled = listing.stream().filter(listed -> !listed.enabled()).map(ListedEntry::name).toList();
        return disabled.isEmpty() ? chain : chain + " (disabled: " + String.join(", ", disabled) + ")";
    }

    /** The entries that apply to this request, as a bit mask over the entries' positions. */
    long applicableEntries(HttpServletRequest request) {
        if (!anyPatterns) {
            return allEntries;
        }
        // Spring MVC has parsed the path for its own mappings; parse without caching only when it has not
        PathContainer path = (ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : RequestPath.parse(request.getRequestURI(), request.getContextPath())).pathWithinApplication();
        long applicable = 0;
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].appliesTo(path)) {
                applicable |= 1L << i;
            }
        }
        return applicable;
    }

    @Override
    public String toString() {
        return "MiddlewareChain[" + describe() + "]";
    }
}
