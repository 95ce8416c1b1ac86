package io.github.middlewaresignals.signal.model;

import java.util.Objects;
import java.util.Set;

/**
 * Payload of {@code m2m_changed}: sent when Hibernate writes the join table of a {@code @ManyToMany}
 * collection on its owning side, {@code PRE_*} before the statements and {@code POST_*} once the
 * flush has executed them (delivered like {@code post_save}). One pair per collection and action
 * per flush. Changes made only on the inverse ({@code mappedBy}) side write nothing and send nothing.
 *
 * @param sender   the entity class that owns the collection (JPA has no through model to send it)
 * @param instance the entity whose collection changed
 * @param field    the collection's property name, e.g. {@code tags}
 * @param action   what happens to the collection
 * @param model    the class of the collection's elements
 * @param pkSet    the ids of the elements added or removed in this flush; {@code null} for {@code PRE_CLEAR} and
 *                 {@code POST_CLEAR}
 * @param <T>      the entity type
 */
public record M2MChanged<T>(Class<T> sender, T instance, String field, Action action, Class<?> model, Set<Object> pkSet)
        implements ModelEvent<T> {

    public M2MChanged {
        Objects.requireNonNull(action, "action");
        if (action.isClear() && pkSet != null) {
            throw new IllegalArgumentException(action + " carries no ids, as in Django: pass null as pkSet, not " + pkSet);
        }
        if (!action.isClear()) {
            if (pkSet == null) {
                throw new IllegalArgumentException(action + " needs the ids added or removed as pkSet, not null");
            }
            pkSet = Set.copyOf(pkSet);
        }
    }

    /** Django's {@code action} argument of {@code m2m_changed}. */
    public enum Action {
        /** Before elements are added. */
        PRE_ADD,
        /** After elements were added. */
        POST_ADD,
        /** Before elements are removed. */
        PRE_REMOVE,
        /** After elements were removed. */
        POST_REMOVE,
        /** Before every element is removed (the collection was emptied or set to null). */
        PRE_CLEAR,
        /** After every element was removed. */
        POST_CLEAR;

        /** @return whether this is {@code PRE_CLEAR} or {@code POST_CLEAR}, which carry no ids */
        public boolean isClear() {
            return this == PRE_CLEAR || this == POST_CLEAR;
        }

        /** @return whether this is one of the {@code PRE_*} actions, sent before the statements */
        public boolean isPre() {
            return this == PRE_ADD || this == PRE_REMOVE || this == PRE_CLEAR;
        }
    }
}
