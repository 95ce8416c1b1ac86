package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one Hibernate session has in flight: post sends waiting for delivery, deletes waiting for
 * their {@code pre_delete}, collections being written, and how deep receivers are nested. Emptied when the session's
 * transaction completes.
 */
final class SessionSignalState {

    private List<SignalSend> pending = new ArrayList<>();
    /** The list of the sends sent last, emptied: the next sends are added to it, not to a new list per insert. */
    private List<SignalSend> spare;
    private boolean rollbackOnlySeen;
    private boolean flushUnconfirmed;
    /** Orphans Hibernate deletes before its updates, ahead of every other delete. */
    private final List<Object> orphansToAnnounce = new ArrayList<>();
    private final List<Object> deletesToAnnounce = new ArrayList<>();
    /*
     * The maps below are created on first use: most transactions delete nothing and write no
     * collection, and three empty identity maps would cost every transaction that saves an entity
     * about a kilobyte.
     */
    /** Every entity whose DELETE is scheduled and not yet executed: true once its pre_delete was sent. */
    private Map<Object, Boolean> deletes;
    boolean delivering;
    boolean announcing;
    /** A pre receiver ran during a flush, after that flush's dirty check began: flush once more. */
    boolean reflush;
    int preDepth;
    /** Set while pre receivers run during a flush: what they may not write. */
    WriteGuard guard;
    /** By collection: the post sends its pre event worked out, recorded once Hibernate has written it. */
    private Map<Object, List<SignalSend>> collectionSends;
    /** By collection that replaced another in this flush: the ids the replaced one held. */
    private Map<Object, Set<Object>> replacedIds;

    /**
     * Called with the transaction's rollback-only flag before pending sends are added or taken:
     * what a failed write recorded is never to be delivered. A flush that finished without
     * being confirmed failed. Any other failed write (a persist whose cascade threw, say) shows
     * as the transaction marked rollback-only, which Hibernate does when a write throws: the first
     * time that is seen, everything pending was recorded by the failed write or before it, in a
     * transaction that can now only roll back.
     */
    void dropWhatFailedWritesLeft(boolean rollbackOnly) {
        if (rollbackOnly && !rollbackOnlySeen) {
            rollbackOnlySeen = true;
            pending.clear();
        }
        if (flushUnconfirmed) {
            flushUnconfirmed = false;
            pending.clear();
        }
    }

    /** Hibernate's part of a flush is over, successful or not; a successful one is confirmed at once. */
    void flushFinished() {
        flushUnconfirmed = true;
    }

    /** The flush that just finished executed every statement: what it recorded is to be sent. */
    void flushSucceeded() {
        flushUnconfirmed = false;
    }

    void add(SignalSend send) {
        pending.add(send);
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    List<SignalSend> takePending() {
        List<SignalSend> taken = pending;
        pending = spare != null ? spare : new ArrayList<>();
        spare = null;
        return taken;
    }

    /** The sends {@link #takePending()} gave were sent: their list is kept for the next ones. */
    void sent(List<SignalSend> taken) {
        taken.clear();
        spare = taken;
    }

    void clearPending() {
        pending.clear();
    }

    String describePending() {
        StringBuilder text = new StringBuilder();
        for (SignalSend send : pending) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(send.describe());
        }
        return text.toString();
    }

    /** Records a scheduled delete for its {@code pre_delete}; an entity already known is ignored. */
    void deleteScheduled(Object entity, boolean beforeUpdates) {
        if (deletes().putIfAbsent(entity, Boolean.FALSE) == null) {
            (beforeUpdates ? orphansToAnnounce : deletesToAnnounce).add(entity);
        }
    }

    boolean hasDeletesToAnnounce() {
        return !orphansToAnnounce.isEmpty() || !deletesToAnnounce.isEmpty();
    }

    /** @return the scheduled deletes whose {@code pre_delete} is still due, in the order Hibernate executes them */
    List<Object> takeDeletesToAnnounce() {
        List<Object> taken = new ArrayList<>(orphansToAnnounce);
        taken.addAll(deletesToAnnounce);
        orphansToAnnounce.clear();
        deletesToAnnounce.clear();
        return taken;
    }

    /** The entity is no longer to be deleted: a later delete of it is scheduled anew. */
    void forgetDelete(Object entity) {
        if (deletes != null) {
            deletes.remove(entity);
        }
    }

    /** The entity's {@code pre_delete} was sent. */
    void announced(Object entity) {
        deletes().put(entity, Boolean.TRUE);
    }

    /** @return whether the entity's {@code pre_delete} was sent ahead of its DELETE, which is now running */
    boolean deleteRuns(Object entity) {
        return deletes != null && deletes.remove(entity) == Boolean.TRUE;
    }

    private Map<Object, Boolean> deletes() {
        if (deletes == null) {
            deletes = new IdentityHashMap<>();
        }
        return deletes;
    }

    /** Keeps the post sends of a collection's pre event until Hibernate has written the collection. */
    void collectionSendsLater(Object collection, List<SignalSend> sends) {
        if (collectionSends == null) {
            collectionSends = new IdentityHashMap<>();
        }
        collectionSends.put(collection, sends);
    }

    /** @return the post sends kept for the collection Hibernate has written, or {@code null} */
    List<SignalSend> takeCollectionSends(Object collection) {
        return collectionSends == null ? null : collectionSends.remove(collection);
    }

    /** Keeps the ids a replaced collection held for the insert of its replacement. */
    void replacedCollectionHeld(Object replacement, Set<Object> ids) {
        if (replacedIds == null) {
            replacedIds = new IdentityHashMap<>();
        }
        replacedIds.put(replacement, ids);
    }

    /** @return the ids the collection this one replaced held, or {@code null} when it replaced none */
    Set<Object> takeReplacedIds(Object replacement) {
        return replacedIds == null ? null : replacedIds.remove(replacement);
    }

    /** Forgets everything in flight: the transaction is over. */
    void reset() {
        pending.clear();
        rollbackOnlySeen = false;
        flushUnconfirmed = false;
        orphansToAnnounce.clear();
        deletesToAnnounce.clear();
        deletes = null;
        collectionSends = null;
        replacedIds = null;
        reflush = false;
    }
}
