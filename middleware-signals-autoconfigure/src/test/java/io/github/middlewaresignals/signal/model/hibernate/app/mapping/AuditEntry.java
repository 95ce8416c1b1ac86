package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** An entity Hibernate never updates. */
@Entity
@Immutable
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String message;

    protected AuditEntry() {
    }

    public AuditEntry(String message) {
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
