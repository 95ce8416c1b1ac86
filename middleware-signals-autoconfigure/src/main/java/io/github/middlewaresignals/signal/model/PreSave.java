package io.github.middlewaresignals.signal.model;

import java.util.Set;

/**
 * Payload of {@code pre_save}: sent before Hibernate's INSERT or UPDATE statement. Changes a
 * receiver makes to {@link #instance()} are written by that same statement.
 *
 * @param sender        the entity class
 * @param instance      the entity being saved
 * @param updateFields  the Java property names an UPDATE changes; empty for an INSERT
 * @param <T>           the entity type
 */
public record PreSave<T>(Class<T> sender, T instance, Set<String> updateFields) implements ModelEvent<T> {

    public PreSave {
        updateFields = Set.copyOf(updateFields);
    }
}
