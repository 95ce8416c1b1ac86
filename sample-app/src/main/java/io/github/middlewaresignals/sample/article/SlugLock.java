package io.github.middlewaresignals.sample.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that a transaction locks before it picks a slug, so that concurrent inserts pick
 * theirs one after another (see {@link SlugReceivers}). The row itself holds nothing; it is
 * written once, with the schema, by {@code import.sql}.
 */
@Entity
@Table(name = "slug_lock")
class SlugLock {

    /** The id of the row every article insert locks. */
    static final int ARTICLES = 1;

    @Id
    private Integer id;

    protected SlugLock() {
    }

    @Override
    public String toString() {
        return "SlugLock[id=" + id + "]";
    }
}
