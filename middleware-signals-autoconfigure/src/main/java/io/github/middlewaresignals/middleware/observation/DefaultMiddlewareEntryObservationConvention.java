package io.github.middlewaresignals.middleware.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names and keys of a middleware entry's observation: name {@code middleware.entry},
 * contextual name {@code middleware <name>}, and the low-cardinality keys of {@link MiddlewareEntryKeyNames}.
 */
public class DefaultMiddlewareEntryObservationConvention implements MiddlewareEntryObservationConvention {

    /** The name of the observation, and so of the timer the default meter handler makes of it. */
    public static final String NAME = "middleware.entry";

    private static final KeyValue SUCCESS = KeyValue.of(MiddlewareEntryKeyNames.OUTCOME, "SUCCESS");
    private static final KeyValue SHORT_CIRCUIT = KeyValue.of(MiddlewareEntryKeyNames.OUTCOME, "SHORT_CIRCUIT");
    private static final KeyValue FAILURE = KeyValue.of(MiddlewareEntryKeyNames.OUTCOME, "FAILURE");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(MiddlewareEntryContext context) {
        return "middleware " + context.getMiddlewareName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(MiddlewareEntryContext context) {
        return KeyValues.of(KeyValue.of(MiddlewareEntryKeyNames.MIDDLEWARE, context.getMiddlewareName()), outcome(context));
    }

    protected KeyValue outcome(MiddlewareEntryContext context) {
        if (context.getError() != null) {
            return FAILURE;
        }
        return context.isShortCircuited() ? SHORT_CIRCUIT : SUCCESS;
    }
}
