package io.github.middlewaresignals.sample.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A tag articles carry. It keeps how many articles carry it, a count that an {@code m2m_changed}
 * receiver of the articles keeps up to date (Django's denormalised counter), so that listing the
 * tags costs no join.
 */
@Entity
public class Tag {

    /** The longest tag name. */
    public static final int MAX_NAME_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private long articles;

    protected Tag() {
    }

    Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** @return how many articles carry this tag */
    public long getArticles() {
        return articles;
    }

    public void setArticles(long articles) {
        this.articles = articles;
    }

    @Override
    public String toString() {
        return "Tag[id=" + id + ", name=" + name + "]";
    }
}
