package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class UuidNote extends AbstractNote {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne
    private UuidAuthor author;

    protected UuidNote() {
    }

    public UuidNote(UuidAuthor author, String text) {
        this.author = author;
        setText(text);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
