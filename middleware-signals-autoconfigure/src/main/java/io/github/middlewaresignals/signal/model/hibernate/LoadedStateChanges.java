package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.middlewaresignals.signal.model.FieldChanges;
import org.hibernate.bytecode.enhance.spi.LazyPropertyInitializer;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.spi.NavigablePath;

/**
 * The {@link FieldChanges} of one save, read from the state arrays Hibernate already holds: nothing
 * is copied when the payload is built, and a receiver that never asks pays for nothing but this
 * object. It needs no session, so a receiver deferred past the transaction may still ask.
 */
final class LoadedStateChanges implements FieldChanges {

    /** The index {@link #indexOf} gives the identifier, which is no property of Hibernate's state arrays. */
    private static final int ID = -1;

    private final EntityPersister persister;
    private final Object entity;
    private final Object id;
    /** The state as loaded from the database, or {@code null}: an INSERT, or an UPDATE Hibernate has no loaded state for. */
    private final Object[] loaded;
    /** The state the statement wrote, or {@code null}: read the entity as it is now. */
    private final Object[] written;
    /** The properties an UPDATE writes; {@code null} for an INSERT. */
    private final Set<String> updateFields;

    private LoadedStateChanges(EntityPersister persister, Object entity, Object id, Object[] loaded, Object[] written,
                               Set<String> updateFields) {
        this.persister = persister;
        this.entity = entity;
        this.id = id;
        this.loaded = loaded;
        this.written = written;
        this.updateFields = updateFields;
    }

    /** Before an INSERT: a field changed when the instance holds a value for it now (receivers may still set one). */
    static FieldChanges ofInsert(EntityPersister persister, Object entity, Object id) {
        return new LoadedStateChanges(persister, entity, id, null, null, null);
    }

    /** After an INSERT: a field changed when the statement wrote a value for it. */
    static FieldChanges ofInserted(EntityPersister persister, Object entity, Object id, Object[] written) {
        return new LoadedStateChanges(persister, entity, id, null, written, null);
    }

    /** An UPDATE: a field changed when it is one of {@code updateFields}; previous values come from the loaded state. */
    static FieldChanges ofUpdate(EntityPersister persister, Object entity, Object id, Object[] loaded, Set<String> updateFields) {
        return new LoadedStateChanges(persister, entity, id, loaded, null, updateFields);
    }

    @Override
    public boolean hasChanged(String field) {
        int index = indexOf(field);
        if (updateFields != null) {
            return updateFields.contains(field);
        }
        if (index == ID) {
            return id != null;
        }
        Object value = written != null ? written[index] : persister.getValue(entity, index);
        return value != null && value != LazyPropertyInitializer.UNFETCHED_PROPERTY;
    }

    @Override
    public Object previous(String field) {
        int index = indexOf(field);
        if (updateFields == null) {
            return null;
        }
        if (index == ID) {
            return id;
        }
        if (loaded == null) {
            return null;
        }
        Object value = loaded[index];
        if (value == LazyPropertyInitializer.UNFETCHED_PROPERTY) {
            // never fetched, so never changed: it is what the entity holds
            return persister.getValue(entity, index);
        }
        // a copy, so that a receiver changing a mutable value (an embeddable, a Date) leaves Hibernate's loaded state alone
        return persister.getPropertyTypes()[index].deepCopy(value, persister.getFactory());
    }

    /**
     * @return the index of the property in Hibernate's state arrays, or {@link #ID} for the identifier
     * @throws IllegalArgumentException for a name that is no field, or a collection
     */
    private int indexOf(String field) {
        if (field == null) {
            throw new IllegalArgumentException("Name a field of " + entityName() + "; its fields: " + fieldNames());
        }
        if (field.equals(persister.getIdentifierPropertyName())) {
            return ID;
        }
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field) && !NavigablePath.IDENTIFIER_MAPPER_PROPERTY.equals(field)) {
                if (persister.getPropertyTypes()[i].isCollectionType()) {
                    throw new IllegalArgumentException("'" + field + "' of " + entityName() + " is a collection: pre_save and"
                            + " post_save do not track collections (m2m_changed reports what a @ManyToMany gains and loses)");
                }
                return i;
            }
        }
        throw new IllegalArgumentException(entityName() + " has no field '" + field + "'; its fields: " + fieldNames());
    }

    private String entityName() {
        return persister.getMappedClass().getSimpleName();
    }

    private List<String> fieldNames() {
        List<String> fields = new ArrayList<>();
        String idName = persister.getIdentifierPropertyName();
        if (idName != null && !NavigablePath.IDENTIFIER_MAPPER_PROPERTY.equals(idName)) {
            fields.add(idName);
        }
        for (String name : persister.getPropertyNames()) {
            if (!NavigablePath.IDENTIFIER_MAPPER_PROPERTY.equals(name)) {
                fields.add(name);
            }
        }
        return fields;
    }

    @Override
    public String toString() {
        return updateFields != null ? "changed " + updateFields : "inserted";
    }
}
