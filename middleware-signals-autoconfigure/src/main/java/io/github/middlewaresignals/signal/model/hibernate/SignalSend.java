package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Signal;

/** One send of a model signal: sent at once for a pre signal, recorded and sent later for a post signal. */
record SignalSend(Signal<Object> signal, Class<?> sender, Object payload) {

    @SuppressWarnings("unchecked")
    static <P> SignalSend of(Signal<P> signal, Class<?> sender, P payload) {
        return new SignalSend((Signal<Object>) (Signal<?>) signal, sender, payload);
    }

    void send() {
        signal.send(sender, payload);
    }

    /** @return e.g. {@code post_save from User}, for error messages */
    String describe() {
        return signal.name() + " from " + sender.getSimpleName();
    }
}
