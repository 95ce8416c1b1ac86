package io.github.middlewaresignals.middleware.config;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemException;

/** Bad middleware configuration found at start-up: an entry of {@code middleware.*} that cannot be used. */
public class MiddlewareConfigurationException extends ConfigurationProblemException {

    public MiddlewareConfigurationException(String description, String action) {
        this(description, action, null);
    }

    public MiddlewareConfigurationException(String description, String action, Throwable cause) {
        super(description, action, cause);
    }
}
