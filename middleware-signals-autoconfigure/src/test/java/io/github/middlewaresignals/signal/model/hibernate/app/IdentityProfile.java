package io.github.middlewaresignals.signal.model.hibernate.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class IdentityProfile extends AbstractProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private IdentityAuthor author;

    protected IdentityProfile() {
    }

    public IdentityProfile(IdentityAuthor author, String source) {
        this.author = author;
        setSource(source);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public IdentityAuthor getAuthor() {
        return author;
    }

    @Override
    public void setAuthor(AbstractAuthor author) {
        this.author = (IdentityAuthor) author;
    }
}
