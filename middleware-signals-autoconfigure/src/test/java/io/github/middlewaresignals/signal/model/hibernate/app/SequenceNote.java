package io.github.middlewaresignals.signal.model.hibernate.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class SequenceNote extends AbstractNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne
    private SequenceAuthor author;

    protected SequenceNote() {
    }

    public SequenceNote(SequenceAuthor author, String text) {
        this.author = author;
        setText(text);
    }

    @Override
    public Long getId() {
        return id;
    }
}
