package io.github.middlewaresignals.middleware.observation;

import io.micrometer.common.docs.KeyName;

/** The low-cardinality keys of {@link MiddlewareObservationDocumentation#MIDDLEWARE_ENTRY}. */
public enum MiddlewareEntryKeyNames implements KeyName {

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
