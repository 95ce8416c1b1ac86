package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Set;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.FieldChanges;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreSave;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Which model signal one application sends for which Hibernate event: one entry point per kind
 * of event, called by the listeners. {@link SessionSignals} decides when the sends run.
 * <ul>
 *   <li>{@code pre_save} runs inside the INSERT or UPDATE action; its receivers' changes to the
 *       instance are written by that statement;</li>
 *   <li>{@code pre_delete} runs for every delete of a flush before its first statement, in the
 *       order Hibernate deletes: when the flush begins, and for the orphans the flush finds
 *       itself, once it has found them;</li>
 *   <li>{@code post_save} and {@code post_delete} are recorded after their statement and sent
 *       once the flush (or the persist/merge that executed an IDENTITY insert) is over.</li>
 * </ul>
 * For an entity class nobody listens to, each entry point returns after one check.
 */
final class ModelSignalDispatcher {

    private final ModelSignals signals;
    private final SessionSignals sessions;

    ModelSignalDispatcher(ModelSignals signals, SessionSignals sessions) {
        this.signals = signals;
        this.sessions = sessions;
    }

    // --- statements --------------------------------------------------------------------------

    /** Before an INSERT: sends {@code pre_save} and copies its receivers' changes into the INSERT's state. */
    void beforeInsert(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object id, Object[] state) {
        Class<?> sender = persister.getMappedClass();
        if (listens(session, signals.preSave(), sender)) {
            PreSave<?> payload = preSave(sender, entity, Set.of(), LoadedStateChanges.ofInsert(persister, entity, id));
            sessions.sendBefore(session.asEventSource(), SignalSend.of(signals.preSave(), sender, payload), signals.postSave().name(), false);
            EntityStates.copyEntityChangesInto(state, entity, persister, null);
        }
    }

    /** Before an UPDATE: sends {@code pre_save} and copies its receivers' changes into the UPDATE's state. */
    void beforeUpdate(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object id,
                      Object[] loadedState, Object[] state) {
        Class<?> sender = persister.getMappedClass();
        if (listens(session, signals.preSave(), sender)) {
            Set<String> updateFields = EntityStates.updateFields(persister, loadedState, state, null, session);
            PreSave<?> payload = preSave(sender, entity, updateFields, LoadedStateChanges.ofUpdate(persister, entity, id, loadedState, updateFields));
            sessions.sendBefore(session.asEventSource(), SignalSend.of(signals.preSave(), sender, payload), signals.postSave().name(), false);
            EntityStates.copyEntityChangesInto(state, entity, persister, persister.isDynamicUpdate() ? updateFields : null);
        }
    }

    /**
     * Before a DELETE. Its {@code pre_delete} has normally been sent when the flush began; a
     * delete scheduled while nobody listened for its class gets it now, after those scheduled
     * before it.
     */
    void beforeDelete(SharedSessionContractImplementor session, EntityPersister persister, Object entity) {
        Class<?> sender = persister.getMappedClass();
        if (listens(session, signals.preDelete(), sender)) {
            EventSource source = session.asEventSource();
            sessions.announceDeletes(source, scheduled -> preDeleteIfStillDeleted(source, scheduled), signals.postDelete().name(), false);
            if (!sessions.stateFor(source).deleteRuns(entity)) {
                sessions.sendBefore(source, SignalSend.of(signals.preDelete(), sender, preDelete(sender, entity)),
                        signals.postDelete().name(), false);
            }
        }
    }

    /** After an INSERT: records {@code post_save} with {@code created=true}. */
    void afterInsert(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object id, Object[] state) {
        Class<?> sender = persister.getMappedClass();
        if (listens(session, signals.postSave(), sender)) {
            PostSave<?> payload = postSave(sender, entity, true, Set.of(), LoadedStateChanges.ofInserted(persister, entity, id, state));
            sessions.sendAfterStatements(session, SignalSend.of(signals.postSave(), sender, payload));
        }
    }

    /**
     * After an UPDATE: records {@code post_save} with {@code created=false} and the fields it wrote,
     * which include what {@code pre_save} receivers changed.
     */
    void afterUpdate(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object id,
                     Object[] loadedState, Object[] state, int[] dirtyProperties) {
        Class<?> sender = persister.getMappedClass();
        if (listens(session, signals.postSave(), sender)) {
            Set<String> updateFields = EntityStates.updateFields(persister, loadedState, state, dirtyProperties, session);
            PostSave<?> payload = postSave(sender, entity, false, updateFields,
                    LoadedStateChanges.ofUpdate(persister, entity, id, loadedState, updateFields));
            sessions.sendAfterStatements(session, SignalSend.of(signals.postSave(), sender, payload));
        }
    }

    /** After a DELETE: records {@code post_delete}. */
    void afterDelete(SharedSessionContractImplementor session, EntityPersister persister, Object entity) {
        Class<?> sender = persister.getMappedClass();
        if (listens(session, signals.postDelete(), sender)) {
            sessions.sendAfterStatements(session, SignalSend.of(signals.postDelete(), sender, postDelete(sender, entity)));
        }
    }

    private static boolean listens(SharedSessionContractImplementor session, Signal<?> signal, Class<?> sender) {
        return !session.isStateless() && signal.isHeard(sender);
    }

    // --- the unit of work --------------------------------------------------------------------

    /**
     * Hibernate scheduled a delete (by {@code remove}, a cascade or orphan removal); its
     * {@code pre_delete} is due before the flush's first DELETE.
     *
     * @param beforeUpdates whether Hibernate deletes it ahead of the flush's other statements
     */
    void deleteScheduled(EventSource session, Object object, boolean beforeUpdates) {
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(object);
        Object entity = proxy == null ? object : proxy.isUninitialized() ? null : proxy.getImplementation();
        if (entity != null && signals.preDelete().isHeard(entity.getClass())) {
            sessions.stateFor(session).deleteScheduled(entity, beforeUpdates);
        }
    }

    /**
     * A flush begins, before Hibernate looks at any entity: sends {@code pre_delete} for the
     * deletes scheduled since the last flush. Its receivers may query, save and delete as outside
     * a flush; what they write is part of this flush.
     *
     * @param beforeQuery whether Hibernate flushes because a query is about to run
     */
    void flushStarting(EventSource session, boolean beforeQuery) {
        FlushMode mode = session.getHibernateFlushMode();
        if (!beforeQuery || mode == FlushMode.AUTO || mode == FlushMode.ALWAYS) {
            announceScheduledDeletes(session);
        }
    }

    /**
     * The flush has found its orphans and is about to dirty-check its first entity: sends the
     * orphans' {@code pre_delete}. Hibernate is collecting the flush's statements, so their
     * receivers may query and delete but not save.
     */
    void flushCollecting(EventSource session) {
        announceScheduledDeletes(session);
    }

    /**
     * A flush is over and succeeded: sends the recorded post events, flushes what their receivers
     * wrote, and repeats.
     *
     * @param executed whether the flush ran statements (a flush before a query may find none to run)
     */
    void flushEnded(EventSource session, boolean executed) {
        sessions.flushEnded(session, executed);
    }

    /** A top-level persist is about to start: refused if a pre receiver runs it in the middle of a flush. */
    void saveStarting(EventSource session, Object entity) {
        sessions.saveStarting(session, entity);
    }

    /** A top-level persist or merge returned; it executes IDENTITY inserts at once: sends the recorded post events. */
    void saveEnded(EventSource session) {
        sessions.saveEnded(session);
    }

    /** @return how many sessions have signal state (none once they are closed) */
    int sessionsInFlight() {
        return sessions.size();
    }

    private void announceScheduledDeletes(EventSource session) {
        if (signals.preDelete().isHeard()) {
            sessions.announceDeletes(session, scheduled -> preDeleteIfStillDeleted(session, scheduled), signals.postDelete().name(), true);
        }
    }

    /** The {@code pre_delete} of a scheduled delete, or {@code null} when it was persisted again, detached or cleared since. */
    private SignalSend preDeleteIfStillDeleted(EventSource session, Object entity) {
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
        if (entry == null || entry.getStatus() != Status.DELETED) {
            return null;
        }
        Class<?> sender = entry.getPersister().getMappedClass();
        return SignalSend.of(signals.preDelete(), sender, preDelete(sender, entity));
    }

    // --- payloads ------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static <T> PreSave<T> preSave(Class<T> sender, Object entity, Set<String> updateFields, FieldChanges changes) {
        return new PreSave<>(sender, (T) entity, updateFields, changes);
    }

    @SuppressWarnings("unchecked")
    private static <T> PostSave<T> postSave(Class<T> sender, Object entity, boolean created, Set<String> updateFields,
                                            FieldChanges changes) {
        return new PostSave<>(sender, (T) entity, created, updateFields, changes);
    }

    @SuppressWarnings("unchecked")
    private static <T> PreDelete<T> preDelete(Class<T> sender, Object entity) {
        return new PreDelete<>(sender, (T) entity);
    }

    @SuppressWarnings("unchecked")
    private static <T> PostDelete<T> postDelete(Class<T> sender, Object entity) {
        return new PostDelete<>(sender, (T) entity);
    }
}
