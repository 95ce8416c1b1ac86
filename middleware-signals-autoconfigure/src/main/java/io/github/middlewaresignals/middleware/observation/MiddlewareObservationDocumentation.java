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
            return EntryKeyNames.values();
        }
    };

    /** The low-cardinality keys of {@link #MIDDLEWARE_ENTRY}. */
    public enum EntryKeyNames implements KeyName {

        /** The name the entry is listed under in {@code middleware.order}, e.g. {@code request-id}. */
        MIDDLEWARE {
            @Override
            public String asString() {
                return "middleware.name";
            }
        },

        /**
         * {@code SUCCESS}; {@code SHORT_CIRCUIT} when its {@code preHandle} answered the request itself;
         * {@code FAILURE} when the entry, or the request inside it, ended with an exception.
         */
        OUTCOME {
            @Override
            public String asString() {
                return "outcome";
            }
        }
    }
}
