package io.github.middlewaresignals.signal.receiver;

/** A {@code @SignalReceiver} method that cannot be connected; the description names the method. */
public class SignalReceiverDeclarationException extends SignalConfigurationException {

    private final String method;

    public SignalReceiverDeclarationException(String method, String problem, String action) {
        this(method, problem, action, null);
    }

    public SignalReceiverDeclarationException(String method, String problem, String action, Throwable cause) {
        super("@SignalReceiver method " + method + " " + problem, action, cause);
        this.method = method;
    }

    /** @return the method, as {@code com.example.Receivers#method} */
    public String method() {
        return method;
    }
}
