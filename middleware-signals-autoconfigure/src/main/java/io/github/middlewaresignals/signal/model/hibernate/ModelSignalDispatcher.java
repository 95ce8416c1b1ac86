package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignalNestingException;
import io.github.middlewaresignals.signal.model.ModelSignals;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;

/**
 * Sends one application's model signals for Hibernate's entity events, with the timing rules
 * that let receivers query and write:
 * <ul>
 *   <li>{@code pre_*} receivers run synchronously inside the statement's action, with the
 *       session's flush mode set to MANUAL (a query then neither re-enters the running flush
 *       nor recurses);</li>
 *   <li>{@code post_*} events are recorded while Hibernate executes its actions and sent once
 *       the flush (or the persist/merge that executed an IDENTITY insert) is over; what the
 *       receivers wrote is then flushed, and the events that produces are sent in turn, until
 *       nothing is left or the nesting depth is exceeded.</li>
 * </ul>
 */
final class ModelSignalDispatcher {

    private final ModelSignals signals;
    private final int maxNestingDepth;
    private final Map<SharedSessionContractImplementor, SessionSignalState> states =
            Collections.synchronizedMap(new WeakHashMap<>());

    ModelSignalDispatcher(ModelSignals signals, int maxNestingDepth) {
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("signals.model.max-nesting-depth must be at least 1, was " + maxNestingDepth);
        }
        this.signals = signals;
        this.maxNestingDepth = maxNestingDepth;
    }

    ModelSignals signals() {
        return signals;
    }

    /**
     * Runs {@code pre_*} receivers now, where they may query without triggering a flush. During a
     * flush Hibernate is iterating its queued statements, so a receiver that queues another
     * insert or delete there gets a clear error instead of a ConcurrentModificationException.
     */
    void runPre(SharedSessionContractImplementor session, String signalName, Class<?> sender, Runnable send) {
        EventSource source = session.asEventSource();
        SessionSignalState state = stateFor(source);
        if (state.preDepth >= maxNestingDepth) {
            throw new ModelSignalNestingException(maxNestingDepth, signalName + " from " + sender.getSimpleName());
        }
        state.preDepth++;
        FlushMode flushMode = source.getHibernateFlushMode();
        source.setHibernateFlushMode(FlushMode.MANUAL);
        boolean flushing = source.getPersistenceContextInternal().isFlushing();
        int queued = flushing ? queuedWrites(source) : 0;
        if (flushing) {
            // this flush has dirty-checked already: what the receiver changes elsewhere needs another one
            state.reflush = true;
        }
        try {
            send.run();
            if (flushing && queuedWrites(source) != queued) {
                throw new IllegalStateException("A " + signalName + " receiver for " + sender.getSimpleName()
                        + " saved or deleted another entity while Hibernate was executing its statements. Do such writes in a "
                        + (signalName.endsWith("save") ? "post_save" : "post_delete")
                        + " receiver: it runs once the statements are done and may write through repositories.");
            }
        }
        finally {
            source.setHibernateFlushMode(flushMode);
            state.preDepth--;
            releaseIfIdle(source, state);
        }
    }

    private static int queuedWrites(EventSource session) {
        ActionQueue actions = session.getActionQueue();
        return actions.numberOfInsertions() + actions.numberOfDeletions();
    }

    /** Records a {@code post_*} event to be sent once Hibernate has finished executing its actions. */
    void queuePost(SharedSessionContractImplementor session, Signal<?> signal, Class<?> sender, Object payload) {
        stateFor(session).add(PendingSignal.of(signal, sender, payload));
    }

    /**
     * After a flush: sends the recorded events, flushes what the receivers (post ones, and pre
     * ones that ran during the flush) wrote, and repeats.
     */
    void deliverAfterFlush(EventSource session) {
        deliver(session, true);
    }

    /** After a top-level persist or merge, which executes IDENTITY inserts at once: sends the recorded events. */
    void deliverAfterOperation(EventSource session) {
        deliver(session, false);
    }

    private void deliver(EventSource session, boolean flushWrites) {
        // while Hibernate executes its actions (e.g. a receiver's query, a callback's persist) a
        // delivery would write into the action queue it is iterating; the flush delivers later
        if (!anyListeners() || session.getPersistenceContextInternal().isFlushing() || states.isEmpty()) {
            return;
        }
        SessionSignalState state = states.get(session);
        if (state == null || state.delivering || !(state.hasPending() || flushWrites && state.reflush)) {
            return;
        }
        state.delivering = true;
        boolean completed = false;
        try {
            int round = 0;
            while (state.hasPending() || flushWrites && state.reflush) {
                if (++round > maxNestingDepth) {
                    throw new ModelSignalNestingException(maxNestingDepth,
                            state.hasPending() ? state.describePending() : "entities changed by pre_save/pre_delete receivers");
                }
                state.reflush = false;
                for (PendingSignal signal : state.takePending()) {
                    signal.send();
                }
                if (flushWrites) {
                    session.flush();
                }
            }
            completed = true;
        }
        finally {
            state.delivering = false;
            if (!completed) {
                state.clearPending();
                state.reflush = false;
            }
            releaseIfIdle(session, state);
        }
    }

    private boolean anyListeners() {
        return signals.postSave().hasListeners() || signals.postDelete().hasListeners()
                || signals.preSave().hasListeners() || signals.preDelete().hasListeners();
    }

    /** @return how many sessions have signals in flight (none once their transactions are over) */
    int sessionsInFlight() {
        return states.size();
    }

    private SessionSignalState stateFor(SharedSessionContractImplementor session) {
        synchronized (states) {
            SessionSignalState state = states.get(session);
            if (state == null) {
                state = new SessionSignalState();
                states.put(session, state);
                if (session.isTransactionInProgress()) {
                    // kept for the whole transaction, then dropped with whatever a failed flush left behind
                    state.boundToTransaction = true;
                    session.asEventSource().getActionQueue()
                            .registerCallback((success, completed) -> states.remove(completed));
                }
            }
            return state;
        }
    }

    private void releaseIfIdle(SharedSessionContractImplementor session, SessionSignalState state) {
        if (!state.boundToTransaction && state.idle()) {
            states.remove(session);
        }
    }
}
