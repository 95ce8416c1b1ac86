package io.github.middlewaresignals.signal.model;

/**
 * Payload of {@code post_delete}: sent after Hibernate's DELETE statement, in the same transaction.
 *
 * @param sender   the entity class
 * @param instance the entity that was deleted
 * @param <T>      the entity type
 */
public record PostDelete<T>(Class<T> sender, T instance) implements ModelEvent<T> {
}
