package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Signal;

/** A post event recorded while Hibernate executes its statements, sent once they are done. */
record PendingSignal(Signal<Object> signal, Class<?> sender, Object payload) {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static PendingSignal of(Signal<?> signal, Class<?> sender, Object payload) {
        return new PendingSignal((Signal) signal, sender, payload);
    }

    void send() {
        signal.send(sender, payload);
    }

    String describe() {
        return signal.name() + " from " + sender.getSimpleName();
    }
}
