package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.List;

/** What one Hibernate session has in flight: post events waiting for delivery and how deep receivers are nested. */
final class SessionSignalState {

    private List<PendingSignal> pending = new ArrayList<>();
    boolean delivering;
    boolean boundToTransaction;
    /** A pre receiver ran during a flush, after that flush's dirty check: flush once more. */
    boolean reflush;
    int preDepth;

    void add(PendingSignal signal) {
        pending.add(signal);
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    List<PendingSignal> takePending() {
        List<PendingSignal> taken = pending;
        pending = new ArrayList<>();
        return taken;
    }

    void clearPending() {
        pending.clear();
    }

    boolean idle() {
        return pending.isEmpty() && !delivering && preDepth == 0 && !reflush;
    }

    String describePending() {
        StringBuilder text = new StringBuilder();
        for (PendingSignal signal : pending) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(signal.describe());
        }
        return text.toString();
    }
}
