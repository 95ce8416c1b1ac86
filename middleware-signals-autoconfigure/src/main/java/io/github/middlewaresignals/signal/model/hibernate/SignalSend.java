package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Signal;

/**
 * One send of a model signal: sent at once for a pre signal, recorded and sent later for a post signal.
 *
 * @param label what errors call the send: the signal's name, with the action for {@code m2m_changed}
 */
record SignalSend(Signal<Object> signal, Class<?> sender, Object payload, String label) {

    static <P> SignalSend of(Signal<P> signal, Class<?> sender, P payload) {
        return of(signal, sender, payload, signal.name());
    }

    @SuppressWarnings("unchecked")
    static <P> SignalSend of(Signal<P> signal, Class<?> sender, P payload, String label) {
        return new SignalSend((Signal<Object>) (Signal<?>) signal, sender, payload, label);
    }

    void send() {
        signal.send(sender, payload);
    }

    /** @return e.g. {@code post_save from User}, for error messages */
    String describe() {
        return label + " from " + sender.getSimpleName();
    }
}
