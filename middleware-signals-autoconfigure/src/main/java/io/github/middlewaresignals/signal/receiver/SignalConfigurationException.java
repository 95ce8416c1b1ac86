package io.github.middlewaresignals.signal.receiver;

/**
 * Stops start-up because signals or their receivers are declared wrongly. Spring Boot's failure
 * analysis prints {@link #description()} and {@link #action()}.
 */
public class SignalConfigurationException extends RuntimeException {

    private final String description;
    private final String action;

    public SignalConfigurationException(String description, String action) {
        this(description, action, null);
    }

    public SignalConfigurationException(String description, String action, Throwable cause) {
        super(description, cause);
        this.description = description;
        this.action = action;
    }

    /** @return what is wrong */
    public String description() {
        return description;
    }

    /** @return how to fix it */
    public String action() {
        return action;
    }
}
