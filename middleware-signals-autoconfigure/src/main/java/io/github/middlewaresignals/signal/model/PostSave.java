package io.github.middlewaresignals.signal.model;

import java.util.Set;

/**
 * Payload of {@code post_save}: sent after Hibernate's INSERT or UPDATE statement, in the same
 * transaction.
 *
 * @param sender        the entity class
 * @param instance      the entity that was saved
 * @param created       {@code true} for an INSERT, {@code false} for an UPDATE
 * @param updateFields  the Java property names an UPDATE changed; empty for an INSERT
 * @param <T>           the entity type
 */
public record PostSave<T>(Class<T> sender, T instance, boolean created, Set<String> updateFields) implements ModelEvent<T> {

    public PostSave {
        updateFields = Set.copyOf(updateFields);
    }
}
