package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.middlewaresignals.signal.model.M2MChanged;
import io.github.middlewaresignals.signal.model.ModelSignals;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.collection.CollectionPersister;

/**
 * Which {@code m2m_changed} one application sends when Hibernate writes the join table of the
 * owning side of a {@code @ManyToMany}. Hibernate writes a collection in one of three ways, and each
 * gets the same treatment: the ids the database holds are compared with the ids the collection
 * holds, {@code PRE_REMOVE}/{@code PRE_ADD} (or {@code PRE_CLEAR} when it was emptied) go out before
 * the statements, and their {@code POST_*} twins are recorded once Hibernate has run them and sent
 * like {@code post_save}.
 * <ul>
 *   <li>an update in place: what left and what came;</li>
 *   <li>a collection replaced by another (or by {@code null}): its removal sends what left, and
 *       the insert of the new one what came;</li>
 *   <li>the collection of a new owner: everything in it came.</li>
 * </ul>
 * The collections of a deleted owner and the inverse ({@code mappedBy}) side send nothing, as in
 * Django, where deleting an object sends no {@code m2m_changed} and the inverse side writes nothing.
 */
final class CollectionSignalDispatcher {

    private final ModelSignals signals;
    private final SessionSignals sessions;

    CollectionSignalDispatcher(ModelSignals signals, SessionSignals sessions) {
        this.signals = signals;
        this.sessions = sessions;
    }

    /** Hibernate inserts a whole collection: a new owner's, or the one that replaced another. */
    void beforeRecreate(EventSource session, PersistentCollection<?> collection, Object owner) {
        ManyToMany m2m = heard(session, collection, owner);
        if (m2m != null) {
            SessionSignalState state = sessions.existingState(session);
            Set<Object> replaced = state == null ? null : state.takeReplacedIds(collection);
            Set<Object> before = replaced != null ? replaced : Set.of();
            send(session, collection, m2m, before, CollectionContents.idsHeld(collection, m2m.persister(), session), false, true);
        }
    }

    /** Hibernate writes the rows a collection gained and lost. */
    void beforeUpdate(EventSource session, PersistentCollection<?> collection, Object owner) {
        ManyToMany m2m = heard(session, collection, owner);
        if (m2m != null) {
            send(session, collection, m2m, CollectionContents.idsStored(collection, m2m.persister(), session),
                    CollectionContents.idsHeld(collection, m2m.persister(), session), true, true);
        }
    }

    /**
     * Hibernate deletes every row of a collection its owner no longer holds: replaced by another
     * (whose insert follows) or by {@code null}.
     */
    void beforeRemove(EventSource session, PersistentCollection<?> collection, Object owner) {
        ManyToMany m2m = heard(session, collection, owner);
        if (m2m != null) {
            Set<Object> before = CollectionContents.idsStored(collection, m2m.persister(), session);
            Object replacement = m2m.ownerEntry().getPersister().getPropertyValue(owner, m2m.field());
            if (replacement != null) {
                // the replacement's insert follows: it adds only what these ids lack
                sessions.stateFor(session).replacedCollectionHeld(replacement, before);
            }
            send(session, collection, m2m, before, CollectionContents.idsHeld(replacement, m2m.persister(), session), true, false);
        }
    }

    /** Hibernate has written the collection: the {@code POST_*} sends its pre event worked out are recorded. */
    void afterWrite(EventSource session, PersistentCollection<?> collection) {
        SessionSignalState state = sessions.existingState(session);
        List<SignalSend> later = state == null ? null : state.takeCollectionSends(collection);
        if (later != null) {
            for (SignalSend send : later) {
                sessions.sendAfterStatements(session, send);
            }
        }
    }

    /** @return the collection's owner and mapping when it is the owning side of a @ManyToMany someone listens to, else null */
    private ManyToMany heard(EventSource session, PersistentCollection<?> collection, Object owner) {
        if (!signals.m2mChanged().isHeard() || collection == null || owner == null || session.isStateless()) {
            return null;
        }
        CollectionEntry entry = session.getPersistenceContextInternal().getCollectionEntry(collection);
        CollectionPersister persister = entry == null ? null
                : entry.getLoadedPersister() != null ? entry.getLoadedPersister() : entry.getCurrentPersister();
        if (persister == null || !persister.isManyToMany() || persister.isInverse()) {
            return null;
        }
        EntityEntry ownerEntry = session.getPersistenceContextInternal().getEntry(owner);
        if (ownerEntry == null || ownerEntry.getStatus() == Status.DELETED || ownerEntry.getStatus() == Status.GONE) {
            return null;
        }
        Class<?> sender = ownerEntry.getPersister().getMappedClass();
        return signals.m2mChanged().isHeard(sender) ? new ManyToMany(persister, owner, ownerEntry, sender, field(persister)) : null;
    }

    /**
     * Sends the pre actions for the difference between the ids stored and those held, and keeps
     * their post twins until Hibernate has written the collection.
     *
     * @param removals  whether ids that left count (not for the insert of a whole collection)
     * @param additions whether ids that came count (not for the removal of a replaced collection: its replacement's insert sends them)
     */
    private void send(EventSource session, PersistentCollection<?> collection, ManyToMany m2m, Set<Object> before,
                      Set<Object> after, boolean removals, boolean additions) {
        List<SignalSend> later = new ArrayList<>(2);
        if (removals && !before.isEmpty() && after.isEmpty()) {
            sendPair(session, m2m, M2MChanged.Action.PRE_CLEAR, M2MChanged.Action.POST_CLEAR, null, later);
        }
        else {
            Set<Object> removed = removals ? without(before, after) : Set.of();
            if (!removed.isEmpty()) {
                sendPair(session, m2m, M2MChanged.Action.PRE_REMOVE, M2MChanged.Action.POST_REMOVE, removed, later);
            }
            Set<Object> added = additions ? without(after, before) : Set.of();
            if (!added.isEmpty()) {
                sendPair(session, m2m, M2MChanged.Action.PRE_ADD, M2MChanged.Action.POST_ADD, added, later);
            }
        }
        if (!later.isEmpty()) {
            sessions.stateFor(session).collectionSendsLater(collection, later);
        }
    }

    private void sendPair(EventSource session, ManyToMany m2m, M2MChanged.Action pre, M2MChanged.Action post, Set<Object> ids,
                          List<SignalSend> later) {
        SignalSend after = m2m.send(signals, post, ids);
        sessions.sendBefore(session, m2m.send(signals, pre, ids), after.label(), false);
        later.add(after);
    }

    private static Set<Object> without(Set<Object> ids, Set<Object> removed) {
        Set<Object> left = new LinkedHashSet<>(ids);
        left.removeAll(removed);
        return Set.copyOf(left);
    }

    /** The collection's property path on its owner: {@code tags}, or {@code details.tags} inside an embeddable. */
    private static String field(CollectionPersister persister) {
        String role = persister.getRole();
        String owner = persister.getOwnerEntityPersister().getEntityName();
        return role.startsWith(owner + ".") ? role.substring(owner.length() + 1) : role.substring(role.lastIndexOf('.') + 1);
    }

    /** One owning-side @ManyToMany collection of one owner, and what its payloads say about it. */
    private record ManyToMany(CollectionPersister persister, Object owner, EntityEntry ownerEntry, Class<?> sender, String field) {

        SignalSend send(ModelSignals signals, M2MChanged.Action action, Set<Object> ids) {
            return SignalSend.of(signals.m2mChanged(), sender, payload(sender, owner, field, action,
                    persister.getElementPersister().getMappedClass(), ids), signals.m2mChanged().name() + " " + action);
        }

        @SuppressWarnings("unchecked")
        private static <T> M2MChanged<T> payload(Class<T> sender, Object owner, String field, M2MChanged.Action action,
                                                 Class<?> model, Set<Object> ids) {
            return new M2MChanged<>(sender, (T) owner, field, action, model, ids);
        }
    }
}
