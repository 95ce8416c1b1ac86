package io.github.middlewaresignals.signal.model;

import java.util.Objects;
import java.util.Set;

/**
 * Payload of {@code pre_save}: sent before Hibernate's INSERT or UPDATE statement. Changes a
 * receiver makes to {@link #instance()} are written by that same statement.
 * <p>
 * Two payloads are equal when sender, instance and update fields are: {@link #changes()} is a view
 * on the state Hibernate keeps for the entity and takes no part in {@code equals} or {@code toString}.
 *
 * @param sender        the entity class
 * @param instance      the entity being saved
 * @param updateFields  the Java property names an UPDATE changes; empty for an INSERT
 * @param changes       what {@link #hasChanged} and {@link #previous} answer from (see {@link FieldChanges})
 * @param <T>           the entity type
 */
public record PreSave<T>(Class<T> sender, T instance, Set<String> updateFields, FieldChanges changes) implements SaveEvent<T> {

    public PreSave {
        updateFields = Set.copyOf(updateFields);
        Objects.requireNonNull(changes, "changes");
    }

    /** A payload whose changed fields are {@code updateFields}, with no previous values: for receivers' unit tests. */
    public PreSave(Class<T> sender, T instance, Set<String> updateFields) {
        this(sender, instance, updateFields, FieldChanges.of(updateFields));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreSave<?> that && sender == that.sender && Objects.equals(instance, that.instance)
                && updateFields.equals(that.updateFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sender, instance, updateFields);
    }

    @Override
    public String toString() {
        return "PreSave[sender=" + sender + ", instance=" + instance + ", updateFields=" + updateFields + "]";
    }
}
