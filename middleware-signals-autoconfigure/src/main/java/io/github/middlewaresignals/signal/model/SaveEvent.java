package io.github.middlewaresignals.signal.model;

import java.util.Set;

/**
 * What {@code pre_save} and {@code post_save} both carry: a receiver of both signals can take a
 * {@code SaveEvent<Article>} ({@code @SignalReceiver(signal = {"pre_save", "post_save"})}).
 *
 * @param <T> the entity type
 */
public interface SaveEvent<T> extends ModelEvent<T> {

    /** @return the Java property names an UPDATE changes; empty for an INSERT */
    Set<String> updateFields();

    /** @return what {@link #hasChanged} and {@link #previous} answer from */
    FieldChanges changes();

    /**
     * @param field a Java property name of the entity
     * @return for an UPDATE, whether the field is in {@link #updateFields()}; for an INSERT, whether its value is
     *         not null ({@code post_save}: whether the statement wrote a value for it)
     * @throws IllegalArgumentException when the entity has no such field (the message lists its fields)
     */
    default boolean hasChanged(String field) {
        return changes().hasChanged(field);
    }

    /**
     * @param field a Java property name of the entity
     * @return the field's value as loaded from the database ({@code null} for an INSERT); for an association, the
     *         entity that was referenced
     * @throws IllegalArgumentException when the entity has no such field (the message lists its fields)
     */
    default Object previous(String field) {
        return changes().previous(field);
    }
}
