package io.github.middlewaresignals.signal.model.hibernate.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class SequenceProfile extends AbstractProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne
    private SequenceAuthor author;

    protected SequenceProfile() {
    }

    public SequenceProfile(SequenceAuthor author, String source) {
        this.author = author;
        setSource(source);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public SequenceAuthor getAuthor() {
        return author;
    }

    @Override
    public void setAuthor(AbstractAuthor author) {
        this.author = (SequenceAuthor) author;
    }
}
