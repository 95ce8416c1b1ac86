package io.github.middlewaresignals.signal.model;

/**
 * Payload of {@code pre_init}: sent when Hibernate is about to build an entity it loads (by
 * {@code find}, a query, or a lazy proxy that initialises), before the instance has any of its
 * values. Django sends it in the model's constructor; JPA has no such hook for {@code new}, so only
 * loads send it.
 *
 * @param sender the entity class
 * @param id     the id of the entity being loaded
 * @param <T>    the entity type
 */
public record PreInit<T>(Class<T> sender, Object id) implements ModelEvent<T> {

    /** @return always {@code null}: the instance is not built yet (Django's {@code pre_init} has none either) */
    @Override
    public T instance() {
        return null;
    }
}
