package io.github.middlewaresignals.signal.model;

/**
 * Payload of {@code post_init}: sent once Hibernate has loaded an entity (by {@code find}, a query,
 * or a lazy proxy that initialises) and filled in its values, after its {@code @PostLoad} callbacks.
 * Only loads send it: JPA has no hook for {@code new}.
 *
 * @param sender   the entity class
 * @param instance the entity just loaded
 * @param <T>      the entity type
 */
public record PostInit<T>(Class<T> sender, T instance) implements ModelEvent<T> {
}
