package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.middlewaresignals.signal.model.ModelSignalNestingException;
import org.hibernate.FlushMode;
import org.hibernate.SessionEventListener;
import org.hibernate.engine.spi.ActionQueue;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.resource.transaction.spi.TransactionStatus;

/**
 * When model signals run, per Hibernate session:
 * <ul>
 *   <li>pre sends run at once, with the session's flush mode set to MANUAL, so a receiver's query
 *       neither re-enters the flush nor recurses;</li>
 *   <li>post sends are recorded while Hibernate executes its statements and sent once the flush
 *       (or the persist/merge that executed an IDENTITY insert) is over; what the receivers
 *       wrote is then flushed, and the sends that produces follow, round after round, until
 *       nothing is left or the nesting depth is exceeded;</li>
 *   <li>post sends recorded before a write failed are dropped, never sent.</li>
 * </ul>
 */
final class SessionSignals {

    private final int maxNestingDepth;
    private final Map<SharedSessionContractImplementor, SessionSignalState> states =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** Pre sends running during a flush, in any session: while there are none, a save costs one read of this. */
    private final AtomicInteger guardedSends = new AtomicInteger();

    SessionSignals(int maxNestingDepth) {
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("signals.model.max-nesting-depth must be at least 1, was " + maxNestingDepth);
        }
        this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * Runs a pre send's receivers now, where they may query without triggering a flush. While
     * Hibernate is flushing it iterates what it collected, so a receiver that saves (or, unless
     * allowed, deletes) another entity there gets a clear error instead of a
     * ConcurrentModificationException or a lost write: a persist is refused before it starts
     * (see {@link #saveStarting}), any other new statement once the receivers are done.
     *
     * @param later the post signal to name in that error: where such writes belong
     */
    void sendBefore(EventSource session, SignalSend send, String later, boolean deletesAllowed) {
        SessionSignalState state = stateFor(session);
        if (state.preDepth >= maxNestingDepth) {
            throw new ModelSignalNestingException(maxNestingDepth, send.describe());
        }
        state.preDepth++;
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        WriteGuard outerGuard = state.guard;
        WriteGuard guard = session.getPersistenceContextInternal().isFlushing() ? new WriteGuard(send, later, deletesAllowed) : null;
        ActionQueue actions = session.getActionQueue();
        int insertions = actions.numberOfInsertions();
        int deletions = actions.numberOfDeletions();
        if (guard != null) {
            // this flush has begun its dirty check: what the receiver changes elsewhere needs another one
            state.reflush = true;
            state.guard = guard;
            guardedSends.incrementAndGet();
        }
        try {
            send.send();
            if (guard != null && (actions.numberOfInsertions() != insertions
                    || !deletesAllowed && actions.numberOfDeletions() != deletions)) {
                throw guard.refusal();
            }
        }
        finally {
            if (guard != null) {
                guardedSends.decrementAndGet();
                state.guard = outerGuard;
            }
            session.setHibernateFlushMode(flushMode);
            state.preDepth--;
        }
    }

    /**
     * A top-level persist is about to start. Refuses it when a pre receiver running during a flush
     * persists an entity the session does not manage yet: Hibernate would insert it in the middle
     * of the flush (an IDENTITY insert even runs the flush's queued inserts first).
     */
    void saveStarting(EventSource session, Object entity) {
        if (guardedSends.get() == 0) {
            return;
        }
        SessionSignalState state = existingState(session);
        if (state != null && state.guard != null && !session.contains(entity)) {
            throw state.guard.refusal();
        }
    }

    /**
     * Sends {@code pre_delete} for every scheduled delete of the session still waiting for it, in
     * the order Hibernate executes them; deletes its receivers schedule get theirs in the next
     * round. Does nothing when the session has none, or while such a send is already running.
     *
     * @param preDeleteOf    the send for a scheduled entity, or {@code null} when it is no longer
     *                       to be deleted
     * @param deletesAllowed whether the receivers may delete while Hibernate is flushing
     */
    void announceDeletes(EventSource session, Function<Object, SignalSend> preDeleteOf, String postDelete,
                         boolean deletesAllowed) {
        SessionSignalState state = existingState(session);
        if (state == null || state.announcing || !state.hasDeletesToAnnounce()) {
            return;
        }
        state.announcing = true;
        try {
            for (int round = 1; state.hasDeletesToAnnounce(); round++) {
                for (Object entity : state.takeDeletesToAnnounce()) {
                    SignalSend send = preDeleteOf.apply(entity);
                    if (send == null) {
                        state.forgetDelete(entity);
                        continue;
                    }
                    if (round > maxNestingDepth) {
                        throw new ModelSignalNestingException(maxNestingDepth, send.describe());
                    }
                    state.announced(entity);
                    sendBefore(session, send, postDelete, deletesAllowed);
                }
            }
        }
        finally {
            state.announcing = false;
        }
    }

    /**
     * Runs the receivers of a send made while Hibernate loads entities, now. A query they run must
     * not flush the session in the middle of a load, so its flush mode is MANUAL meanwhile.
     */
    void sendDuringLoad(EventSource session, SignalSend send) {
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            send.send();
        }
        finally {
            session.setHibernateFlushMode(flushMode);
        }
    }

    /** Records a post send, to be sent once Hibernate has finished executing its statements. */
    void sendAfterStatements(SharedSessionContractImplementor session, SignalSend send) {
        SessionSignalState state = stateFor(session);
        state.dropWhatFailedWritesLeft(rollbackOnly(session));
        state.add(send);
    }

    /**
     * A flush executed its statements: sends the recorded post sends, flushes what their receivers
     * wrote, and repeats.
     *
     * @param executed whether the flush ran statements (a flush before a query may find none to run)
     */
    void flushEnded(EventSource session, boolean executed) {
        SessionSignalState state = existingState(session);
        if (state != null) {
            state.flushSucceeded();
            if (executed) {
                deliver(session, state, true);
            }
        }
    }

    /** A top-level persist or merge returned: sends the post sends it recorded (it executes IDENTITY inserts at once). */
    void saveEnded(EventSource session) {
        SessionSignalState state = existingState(session);
        if (state != null) {
            deliver(session, state, false);
        }
    }

    private void deliver(EventSource session, SessionSignalState state, boolean flushWrites) {
        // while Hibernate executes its actions (e.g. a receiver's query, a callback's persist) a
        // delivery would write into the action queue it is iterating; the flush delivers later
        if (state.delivering || session.getPersistenceContextInternal().isFlushing()) {
            return;
        }
        state.dropWhatFailedWritesLeft(rollbackOnly(session));
        if (!state.hasPending() && !(flushWrites && state.reflush)) {
            return;
        }
        state.delivering = true;
        boolean completed = false;
        try {
            for (int round = 1; state.hasPending() || flushWrites && state.reflush; round++) {
                if (round > maxNestingDepth) {
                    throw new ModelSignalNestingException(maxNestingDepth,
                            state.hasPending() ? state.describePending() : "entities changed by pre_save/pre_delete receivers");
                }
                state.reflush = false;
                List<SignalSend> sends = state.takePending();
                for (int i = 0; i < sends.size(); i++) {
                    sends.get(i).send();
                }
                state.sent(sends);
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
        }
    }

    /** @return the session's state, or {@code null}; cheap while no session has any */
    SessionSignalState existingState(SharedSessionContractImplementor session) {
        return states.isEmpty() ? null : states.get(session);
    }

    /** @return the session's state, created (and tied to the session's life) on first use */
    SessionSignalState stateFor(SharedSessionContractImplementor session) {
        synchronized (states) {
            SessionSignalState state = states.get(session);
            if (state == null) {
                state = new SessionSignalState();
                states.put(session, state);
                session.getEventListenerManager().addListener(new StateLifecycle(session));
            }
            return state;
        }
    }

    /** @return how many sessions have signal state (none once they are closed) */
    int size() {
        return states.size();
    }

    private static boolean rollbackOnly(SharedSessionContractImplementor session) {
        return session.getTransactionCoordinator().getTransactionDriverControl().getStatus() == TransactionStatus.MARKED_ROLLBACK;
    }

    /**
     * Tells a session's state when Hibernate's part of a flush is over (successful or not: it is
     * told in a {@code finally}), drops the state when the transaction completes and forgets the
     * session when it closes. Held by the session only, so the map's weak key stays collectable.
     */
    private final class StateLifecycle implements SessionEventListener {

        private final SharedSessionContractImplementor session;

        private StateLifecycle(SharedSessionContractImplementor session) {
            this.session = session;
        }

        @Override
        public void flushEnd(int numberOfEntities, int numberOfCollections) {
            SessionSignalState state = states.get(session);
            if (state != null) {
                state.flushFinished();
            }
        }

        @Override
        public void partialFlushEnd(int numberOfEntities, int numberOfCollections) {
            flushEnd(numberOfEntities, numberOfCollections);
        }

        @Override
        public void transactionCompletion(boolean successful) {
            SessionSignalState state = states.get(session);
            if (state != null) {
                state.reset();
            }
        }

        @Override
        public void end() {
            states.remove(session);
        }
    }
}
