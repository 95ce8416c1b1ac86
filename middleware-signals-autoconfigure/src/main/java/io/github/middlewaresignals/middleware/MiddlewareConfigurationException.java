package io.github.middlewaresignals.middleware;

/**
 * Bad middleware configuration found at start-up. Spring Boot reports it as a failure analysis
 * with this exception's description and action.
 */
public class MiddlewareConfigurationException extends RuntimeException {

    private final String description;
    private final String action;

    public MiddlewareConfigurationException(String description, String action) {
        this(description, action, null);
    }

    public MiddlewareConfigurationException(String description, String action, Throwable cause) {
        super(description, cause);
        this.description = description;
        this.action = action;
    }

    /** @return what is wrong */
    public String getDescription() {
        return description;
    }

    /** @return what to do about it */
    public String getAction() {
        return action;
    }
}
