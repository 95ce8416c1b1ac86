package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class UuidProfile extends AbstractProfile {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne
    private UuidAuthor author;

    protected UuidProfile() {
    }

    public UuidProfile(UuidAuthor author, String source) {
        this.author = author;
        setSource(source);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public UuidAuthor getAuthor() {
        return author;
    }

    @Override
    public void setAuthor(AbstractAuthor author) {
        this.author = (UuidAuthor) author;
    }
}
