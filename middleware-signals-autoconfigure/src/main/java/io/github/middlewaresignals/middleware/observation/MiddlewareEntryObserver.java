package io.github.middlewaresignals.middleware.observation;

import io.github.middlewaresignals.middleware.chain.EntryObserver;
import io.github.middlewaresignals.middleware.chain.MiddlewareEntry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Observes each middleware entry's work in each request
 * ({@link MiddlewareObservationDocumentation#MIDDLEWARE_ENTRY}). It opens no scope: an entry's work
 * ends in its {@code afterCompletion}, which for an async request runs on another thread. With a
 * registry that has no handlers, it creates nothing.
 */
public final class MiddlewareEntryObserver implements EntryObserver {

    private static final DefaultMiddlewareEntryObservationConvention DEFAULT_CONVENTION =
            new DefaultMiddlewareEntryObservationConvention();

    private final ObservationRegistry registry;
    private final MiddlewareEntryObservationConvention convention;

    /**
     * @param registry   where the observations go
     * @param convention the convention that replaces the default one, or {@code null}
     */
    public MiddlewareEntryObserver(ObservationRegistry registry, MiddlewareEntryObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public Object started(MiddlewareEntry entry, HttpServletRequest request) {
        if (registry.isNoop()) {
            return Observation.NOOP;
        }
        return MiddlewareObservationDocumentation.MIDDLEWARE_ENTRY.observation(convention, DEFAULT_CONVENTION,
                () -> new MiddlewareEntryContext(entry.name(), request), registry).start();
    }

    @Override
    public void shortCircuited(Object context) {
        if (((Observation) context).getContext() instanceof MiddlewareEntryContext entry) {
            entry.setShortCircuited();
        }
    }

    @Override
    public void stopped(Object context, Throwable failure) {
        Observation observation = (Observation) context;
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }
}
