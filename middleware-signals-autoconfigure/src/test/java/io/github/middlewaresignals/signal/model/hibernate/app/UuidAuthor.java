package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

@Entity
public class UuidAuthor extends AbstractAuthor {

    @Id
    private UUID id = UUID.randomUUID();

    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<UuidNote> notes = new ArrayList<>();

    protected UuidAuthor() {
    }

    public UuidAuthor(String name) {
        setName(name);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public List<UuidNote> getNotes() {
        return notes;
    }

    @Override
    public void addNote(String text) {
        notes.add(new UuidNote(this, text));
    }
}
