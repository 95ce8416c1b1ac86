package io.github.middlewaresignals.signal.model.hibernate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.bytecode.enhance.spi.LazyPropertyInitializer;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;

/** Reads and patches the property-value arrays Hibernate writes from. */
final class EntityStates {

    private EntityStates() {
    }

    /**
     * Copies into {@code state} every property value a receiver changed on the entity, so that the
     * pending INSERT/UPDATE writes it. The version is left alone: Hibernate has already put the
     * next version into the state while the entity still holds the current one.
     */
    static void copyEntityChangesInto(Object[] state, Object entity, EntityPersister persister) {
        copyEntityChangesInto(state, entity, persister, null);
    }

    /**
     * Like {@link #copyEntityChangesInto(Object[], Object, EntityPersister)}, limited to the given
     * properties ({@code null}: all). A {@code @DynamicUpdate} UPDATE writes only the columns
     * that were dirty before the receivers ran; a change to any other property must stay out of
     * the state, so that the next dirty check still sees it and writes it.
     */
    static void copyEntityChangesInto(Object[] state, Object entity, EntityPersister persister, Set<String> only) {
        Object[] current = persister.getValues(entity);
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        for (int i = 0; i < state.length; i++) {
            if (i == version || types[i].isCollectionType() || current[i] == LazyPropertyInitializer.UNFETCHED_PROPERTY
                    || only != null && !only.contains(names[i])) {
                continue;
            }
            if (!types[i].isEqual(state[i], current[i])) {
                state[i] = current[i];
            }
        }
    }

    /** The Java property names whose values differ between the two states; version and collections excluded. */
    static Set<String> changedProperties(Object[] oldState, Object[] newState, EntityPersister persister,
                                         SharedSessionContractImplementor session) {
        if (oldState == null || newState == null) {
            return Set.of();
        }
        Type[] types = persister.getPropertyTypes();
        String[] names = persister.getPropertyNames();
        int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < newState.length; i++) {
            if (i == version || types[i].isCollectionType() || newState[i] == LazyPropertyInitializer.UNFETCHED_PROPERTY) {
                continue;
            }
            if (types[i].isDirty(oldState[i], newState[i], session)) {
                changed.add(names[i]);
            }
        }
        return changed;
    }

    /** The names of the given property indexes; version and collections excluded. */
    static Set<String> propertyNames(int[] indexes, EntityPersister persister) {
        if (indexes == null) {
            return Set.of();
        }
        Type[] types = persister.getPropertyTypes();
        String[] names = persister.getPropertyNames();
        int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        Set<String> result = new LinkedHashSet<>();
        for (int index : indexes) {
            if (index != version && !types[index].isCollectionType()) {
                result.add(names[index]);
            }
        }
        return result;
    }
}
