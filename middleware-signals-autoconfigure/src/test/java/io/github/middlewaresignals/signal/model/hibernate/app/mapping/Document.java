package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Mapped properties that entities inherit without being one. */
@MappedSuperclass
public abstract class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String title;

    public Long getId() {
        return id;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
