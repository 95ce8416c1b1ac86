package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemException;

/** Stops start-up because signals or their receivers are declared wrongly. */
public class SignalConfigurationException extends ConfigurationProblemException {

    public SignalConfigurationException(String description, String action) {
        this(description, action, null);
    }

    public SignalConfigurationException(String description, String action, Throwable cause) {
        super(description, action, cause);
    }
}
