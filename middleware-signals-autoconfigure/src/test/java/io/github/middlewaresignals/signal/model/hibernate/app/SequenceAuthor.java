package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

@Entity
public class SequenceAuthor extends AbstractAuthor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Version
    private Long version;

    @OneToMany(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SequenceNote> notes = new ArrayList<>();

    protected SequenceAuthor() {
    }

    public SequenceAuthor(String name) {
        setName(name);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public List<SequenceNote> getNotes() {
        return notes;
    }

    @Override
    public void addNote(String text) {
        notes.add(new SequenceNote(this, text));
    }
}
