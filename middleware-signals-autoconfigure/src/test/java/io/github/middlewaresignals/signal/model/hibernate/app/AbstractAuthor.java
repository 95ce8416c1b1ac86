package io.github.middlewaresignals.signal.model.hibernate.app;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** What the authors of the three id strategies share; the "User" of the examples. */
@MappedSuperclass
public abstract class AbstractAuthor {

    private String name;
    private String email;
    @Column(unique = true)
    private String slug;

    public abstract Object getId();

    public abstract List<? extends AbstractNote> getNotes();

    public abstract void addNote(String text);

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
