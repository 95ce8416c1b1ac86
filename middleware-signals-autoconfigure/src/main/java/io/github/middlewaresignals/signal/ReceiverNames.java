package io.github.middlewaresignals.signal;

/** Names receivers in logs and errors; a receiver that knows a better name overrides {@code toString()}. */
final class ReceiverNames {

    private ReceiverNames() {
    }

    static String describe(Receiver<?> receiver) {
        return String.valueOf(receiver);
    }
}
