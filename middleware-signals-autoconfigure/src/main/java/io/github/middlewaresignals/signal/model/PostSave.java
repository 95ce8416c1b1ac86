package io.github.middlewaresignals.signal.model;

import java.util.Objects;
import java.util.Set;

/**
 * Payload of {@code post_save}: sent after Hibernate's INSERT or UPDATE statement, in the same
 * transaction. It describes what the statement wrote, after {@code pre_save} receivers changed the
 * instance: when they undid every change, Hibernate still ran the UPDATE it had planned, and this
 * payload says {@code created() == false} with empty {@link #updateFields()}.
 * <p>
 * Two payloads are equal when sender, instance, created and update fields are: {@link #changes()}
 * is a view on the state Hibernate keeps for the entity and takes no part in {@code equals} or
 * {@code toString}.
 *
 * @param sender        the entity class
 * @param instance      the entity that was saved
 * @param created       {@code true} for an INSERT, {@code false} for an UPDATE
 * @param updateFields  the Java property names an UPDATE changed; empty for an INSERT
 * @param changes       what {@link #hasChanged} and {@link #previous} answer from (see {@link FieldChanges})
 * @param <T>           the entity type
 */
public record PostSave<T>(Class<T> sender, T instance, boolean created, Set<String> updateFields, FieldChanges changes)
        implements SaveEvent<T> {

    public PostSave {
        updateFields = Set.copyOf(updateFields);
        Objects.requireNonNull(changes, "changes");
    }

    /** A payload whose changed fields are {@code updateFields}, with no previous values: for receivers' unit tests. */
    public PostSave(Class<T> sender, T instance, boolean created, Set<String> updateFields) {
        this(sender, instance, created, updateFields, FieldChanges.of(updateFields));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostSave<?> that && sender == that.sender && Objects.equals(instance, that.instance)
                && created == that.created && updateFields.equals(that.updateFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sender, instance, created, updateFields);
    }

    @Override
    public String toString() {
        return "PostSave[sender=" + sender + ", instance=" + instance + ", created=" + created + ", updateFields="
                + updateFields + "]";
    }
}
