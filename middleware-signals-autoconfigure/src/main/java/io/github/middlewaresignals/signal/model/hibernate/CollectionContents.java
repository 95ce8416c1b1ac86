package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * The ids of the entities in a {@code @ManyToMany} collection: as the database holds them (the
 * snapshot Hibernate took when it loaded or last wrote the collection) and as the collection holds
 * them now. Ids, not the entities' {@code equals}, decide what was added and what removed.
 */
final class CollectionContents {

    private CollectionContents() {
    }

    /**
     * @return the ids the database holds for the collection; an uninitialised collection is loaded
     *         first (it is about to be removed from its owner, and its rows are what leaves)
     */
    static Set<Object> idsStored(PersistentCollection<?> collection, CollectionPersister persister,
                                 SharedSessionContractImplementor session) {
        if (!collection.wasInitialized()) {
            collection.forceInitialization();
        }
        Object snapshot = collection.getStoredSnapshot();
        return ids(snapshot instanceof Map<?, ?> map ? map.values() : snapshot, persister, session);
    }

    /** @return the ids the collection holds now; none for {@code null} */
    static Set<Object> idsHeld(Object collection, CollectionPersister persister, SharedSessionContractImplementor session) {
        if (collection instanceof PersistentCollection<?> persistent) {
            Set<Object> ids = new LinkedHashSet<>();
            for (Iterator<?> entries = persistent.entries(persister); entries.hasNext(); ) {
                addId(ids, persistent.getElement(entries.next()), persister.getElementPersister(), session);
            }
            return ids;
        }
        return ids(collection instanceof Map<?, ?> map ? map.values() : collection, persister, session);
    }

    private static Set<Object> ids(Object elements, CollectionPersister persister, SharedSessionContractImplementor session) {
        Set<Object> ids = new LinkedHashSet<>();
        if (elements instanceof Collection<?> collection) {
            for (Object element : collection) {
                addId(ids, element, persister.getElementPersister(), session);
            }
        }
        return ids;
    }

    private static void addId(Set<Object> ids, Object element, EntityPersister elements, SharedSessionContractImplementor session) {
        if (element == null) {
            return;
        }
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(element);
        ids.add(proxy != null ? proxy.getInternalIdentifier() : elements.getIdentifier(element, session));
    }
}
