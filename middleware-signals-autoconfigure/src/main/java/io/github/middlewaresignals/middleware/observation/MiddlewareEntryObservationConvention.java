package io.github.middlewaresignals.middleware.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The names and keys of the observation of a middleware entry's work in a request. A bean of this
 * type replaces {@link DefaultMiddlewareEntryObservationConvention}; extend that class to add keys to
 * the default ones.
 */
public interface MiddlewareEntryObservationConvention extends ObservationConvention<MiddlewareEntryContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof MiddlewareEntryContext;
    }
}
