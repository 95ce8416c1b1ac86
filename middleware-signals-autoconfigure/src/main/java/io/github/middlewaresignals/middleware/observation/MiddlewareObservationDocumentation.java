package io.github.middlewaresignals.middleware.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observations of the middleware chain: their names and keys. */
public enum MiddlewareObservationDocumentation implements ObservationDocumentation {

    /**
     * One entry's work in one request, from right before its {@code preHandle} to right after its
     * {@code afterCompletion}: the entries below it and the handler run inside it, as in an onion. A
     * child of the observation current when the chain starts, Spring's {@code http.server.requests}.
     */
    MIDDLEWARE_ENTRY {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultMiddlewareEntryObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return MiddlewareEntryKeyNames.values();
        }
    };
}
