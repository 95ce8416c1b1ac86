package io.github.middlewaresignals.signal.actuate;

import io.github.middlewaresignals.signal.Receiver;

/**
 * Readable names of receivers and senders for reports. A receiver that names itself (a
 * {@code @SignalReceiver} method is {@code com.example.ProfileReceivers#createProfile}) keeps its
 * name; any other, a lambda above all, is named by its class, without the per-run suffix the JVM
 * gives a lambda's class, so the name stays the same from one start to the next.
 */
public final class ReceiverNames {

    private static final String LAMBDA_MARK = "$$Lambda";

    private static final ClassValue<Boolean> NAMES_ITSELF = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != Object.class;
            }
            catch (NoSuchMethodException impossible) {
                return false;
            }
        }
    };

    private ReceiverNames() {
    }

    /** @return the receiver's own name, or its class's name */
    public static String of(Receiver<?> receiver) {
        if (NAMES_ITSELF.get(receiver.getClass())) {
            return receiver.toString();
        }
        String name = receiver.getClass().getName();
        int lambda = name.indexOf(LAMBDA_MARK);
        return lambda < 0 ? name : name.substring(0, lambda + LAMBDA_MARK.length());
    }

    /**
     * @return the sender as a report shows it: a class (the usual sender, e.g. an entity class) by its
     *         name, any other object by its class's name, none as {@code null}
     */
    public static String sender(Object sender) {
        if (sender == null) {
            return null;
        }
        return sender instanceof Class<?> type ? type.getName() : sender.getClass().getName();
    }
}
