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
     * pending INSERT/UPDATE writes it, limited to the given properties ({@code null}: all). The
     * version is left alone: Hibernate has already put the next version into the state while the
     * entity still holds the current one. A {@code @DynamicUpdate} UPDATE writes only the columns
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

    /**
     * The Java property names an UPDATE writes a new value for. Only properties the UPDATE
     * statement can write count: not the version, not collections, and not what is mapped
     * read-only ({@code @Column(updatable = false)}, {@code @Formula}, an immutable natural id, the
     * synthetic property Hibernate adds for an {@code @IdClass}).
     *
     * @param oldState the state as loaded, or {@code null} when Hibernate has none
     * @param newState the state the UPDATE writes
     * @param dirty    the dirty property indexes Hibernate found, used when there is no loaded
     *                 state; may be {@code null}
     */
    static Set<String> updateFields(EntityPersister persister, Object[] oldState, Object[] newState, int[] dirty,
                                    SharedSessionContractImplementor session) {
        Set<String> changed = new LinkedHashSet<>();
        if (oldState != null && newState != null) {
            for (int i = 0; i < newState.length; i++) {
                if (writtenByUpdate(persister, i) && newState[i] != LazyPropertyInitializer.UNFETCHED_PROPERTY
                        && persister.getPropertyTypes()[i].isDirty(oldState[i], newState[i], session)) {
                    changed.add(persister.getPropertyNames()[i]);
                }
            }
        }
        else if (dirty != null) {
            for (int i : dirty) {
                if (writtenByUpdate(persister, i)) {
                    changed.add(persister.getPropertyNames()[i]);
                }
            }
        }
        return changed;
    }

    private static boolean writtenByUpdate(EntityPersister persister, int property) {
        return persister.getPropertyUpdateability()[property]
                && !persister.getPropertyTypes()[property].isCollectionType()
                && !(persister.isVersioned() && property == persister.getVersionPropertyIndex());
    }
}
