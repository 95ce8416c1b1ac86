package io.github.middlewaresignals.sample.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A blog article. Its {@link #getSlug() slug} is filled in by {@link SlugReceivers} on {@code pre_save}. */
@Entity
public class Article {

    static final int MAX_SLUG_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, unique = true, length = MAX_SLUG_LENGTH)
    private String slug;

    @Column(nullable = false, length = 20_000)
    private String body;

    @Column(nullable = false)
    private boolean published;

    protected Article() {
    }

    public Article(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getBody() {
        return body;
    }

    public boolean isPublished() {
        return published;
    }

    @Override
    public String toString() {
        return "Article[id=" + id + ", slug=" + slug + "]";
    }
}
