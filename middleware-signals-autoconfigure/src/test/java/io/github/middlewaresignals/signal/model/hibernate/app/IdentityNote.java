package io.github.middlewaresignals.signal.model.hibernate.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class IdentityNote extends AbstractNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private IdentityAuthor author;

    protected IdentityNote() {
    }

    public IdentityNote(IdentityAuthor author, String text) {
        this.author = author;
        setText(text);
    }

    @Override
    public Long getId() {
        return id;
    }
}
