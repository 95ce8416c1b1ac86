package io.github.middlewaresignals.diagnostics;

/**
 * Bad configuration found at start-up (a middleware entry, a signal, a receiver declaration).
 * Spring Boot reports it as a failure analysis with this exception's description and action.
 */
public class ConfigurationProblemException extends RuntimeException {

    private final String description;
    private final String action;

    public ConfigurationProblemException(String description, String action, Throwable cause) {
        super(description, cause);
        this.description = description;
        this.action = action;
    }

    /** @return what is wrong */
    public String description() {
        return description;
    }

    /** @return what to do about it */
    public String action() {
        return action;
    }
}
