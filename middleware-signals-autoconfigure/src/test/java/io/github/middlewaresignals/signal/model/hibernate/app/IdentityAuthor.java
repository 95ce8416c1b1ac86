package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

@Entity
public class IdentityAuthor extends AbstractAuthor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IdentityNote> notes = new ArrayList<>();

    protected IdentityAuthor() {
    }

    public IdentityAuthor(String name) {
        setName(name);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public List<IdentityNote> getNotes() {
        return notes;
    }

    @Override
    public void addNote(String text) {
        notes.add(new IdentityNote(this, text));
    }
}
