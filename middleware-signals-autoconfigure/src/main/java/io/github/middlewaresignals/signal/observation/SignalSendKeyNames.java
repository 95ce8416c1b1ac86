package io.github.middlewaresignals.signal.observation;

import io.micrometer.common.docs.KeyName;

/** The low-cardinality keys of {@link SignalObservationDocumentation#SIGNAL_SEND}. */
public enum SignalSendKeyNames implements KeyName {

    /** The signal's name, e.g. {@code post_save}. */
    SIGNAL {
        @Override
        public String asString() {
            return "signal.name";
        }
    },

    /** The sender's class name (a class sender by its own name), or {@code none}. */
    SENDER {
        @Override
        public String asString() {
            return "signal.sender";
        }
    },

    /**
     * {@code SUCCESS}, or {@code FAILURE} when the send threw or a receiver that ran during it on the
     * sending thread failed (a robust send returns that failure instead of throwing it).
     */
    OUTCOME {
        @Override
        public String asString() {
            return "outcome";
        }
    }
}
