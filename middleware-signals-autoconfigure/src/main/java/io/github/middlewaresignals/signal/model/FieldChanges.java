package io.github.middlewaresignals.signal.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a save changed, as {@link PreSave#hasChanged} / {@link PreSave#previous} and their
 * {@link PostSave} twins answer it (django-model-utils' {@code FieldTracker}). The model-signal
 * bridge answers from the state Hibernate keeps for the entity, and only when asked.
 * <p>
 * Payloads built by hand (in a unit test of a receiver) get one of the two below: the constructors
 * without a {@code FieldChanges} use {@link #of(Set)}; {@link #of(Map)} adds previous values.
 */
public interface FieldChanges {

    /**
     * @param field a Java property name of the entity
     * @return for an UPDATE, whether the field is one it changes; for an INSERT, whether the field's value is not null
     * @throws IllegalArgumentException when the entity has no such field
     */
    boolean hasChanged(String field);

    /**
     * @param field a Java property name of the entity
     * @return the field's value as loaded from the database ({@code null} for an INSERT); for an association,
     *         the entity that was referenced
     * @throws IllegalArgumentException when the entity has no such field
     */
    Object previous(String field);

    /**
     * @param changed the fields that changed, e.g. the payload's {@code updateFields()}
     * @return changes in which exactly these fields changed, with no previous value known ({@code null})
     */
    static FieldChanges of(Set<String> changed) {
        return handBuilt(Set.copyOf(changed), Map.of());
    }

    /**
     * @param previousValues the fields that changed, each with the value it had before ({@code null} values are
     *                       allowed: use a {@code HashMap} for them)
     * @return changes in which exactly these fields changed, from these values
     */
    static FieldChanges of(Map<String, ?> previousValues) {
        return handBuilt(Set.copyOf(previousValues.keySet()), Collections.unmodifiableMap(new HashMap<>(previousValues)));
    }

    /** A payload built by hand knows no other field, so it answers for any name. */
    private static FieldChanges handBuilt(Set<String> changed, Map<String, ?> previousValues) {
        return new FieldChanges() {
            @Override
            public boolean hasChanged(String field) {
                return changed.contains(Objects.requireNonNull(field, "field"));
            }

            @Override
            public Object previous(String field) {
                return previousValues.get(Objects.requireNonNull(field, "field"));
            }

            @Override
            public String toString() {
                return changed.toString();
            }
        };
    }
}
