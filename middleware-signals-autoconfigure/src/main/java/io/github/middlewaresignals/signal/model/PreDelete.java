package io.github.middlewaresignals.signal.model;

/**
 * Payload of {@code pre_delete}: sent before Hibernate's DELETE statement.
 *
 * @param sender   the entity class
 * @param instance the entity being deleted
 * @param <T>      the entity type
 */
public record PreDelete<T>(Class<T> sender, T instance) implements ModelEvent<T> {
}
