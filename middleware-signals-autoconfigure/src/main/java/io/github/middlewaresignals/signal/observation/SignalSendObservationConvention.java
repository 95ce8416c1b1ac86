package io.github.middlewaresignals.signal.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The names and keys of the observation of a send. A bean of this type replaces
 * {@link DefaultSignalSendObservationConvention}; extend that class to add keys to the default ones.
 */
public interface SignalSendObservationConvention extends ObservationConvention<SignalSendContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof SignalSendContext;
    }
}
