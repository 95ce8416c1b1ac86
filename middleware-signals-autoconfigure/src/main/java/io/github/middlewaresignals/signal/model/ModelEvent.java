package io.github.middlewaresignals.signal.model;

/**
 * What every model signal carries: the entity class that sent it and the entity instance.
 *
 * @param <T> the entity type
 */
public interface ModelEvent<T> {

    /** @return the entity class (never a Hibernate proxy class) */
    Class<T> sender();

    /** @return the entity instance the signal is about ({@code null} for {@code pre_init}, sent before it exists) */
    T instance();
}
