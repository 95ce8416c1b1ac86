package io.github.middlewaresignals.signal.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/** The observations of signals: their names and keys. */
public enum SignalObservationDocumentation implements ObservationDocumentation {

    /**
     * One send of a signal, from before its first receiver to after its last one that runs during
     * the send (receivers deferred to a transaction phase run later, outside it). On the sending
     * thread it is the current observation while the receivers run, so what they observe nests in it.
     */
    SIGNAL_SEND {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultSignalSendObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return SignalSendKeyNames.values();
        }
    };
}
