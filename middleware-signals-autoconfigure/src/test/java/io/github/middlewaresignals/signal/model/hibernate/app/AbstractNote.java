package io.github.middlewaresignals.signal.model.hibernate.app;

import jakarta.persistence.MappedSuperclass;

/** A child of an author, removed by cascade and as an orphan. */
@MappedSuperclass
public abstract class AbstractNote {

    private String text;

    public abstract Object getId();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
