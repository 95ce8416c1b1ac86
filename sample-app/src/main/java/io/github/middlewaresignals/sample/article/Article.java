package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.sample.tag.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/**
 * A blog article. Its {@link #getSlug() slug} is filled in by {@link SlugReceivers} on
 * {@code pre_save}; publishing it is announced by {@code ArticleNotificationReceivers} on
 * {@code post_save}; its tags count their articles through {@link TagCountReceivers} on
 * {@code m2m_changed}. The article owns the {@code @ManyToMany}: the join table is written from here.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @ManyToMany
    @JoinTable(name = "article_tags", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

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

    void setBody(String body) {
        this.body = body;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    /** Keeps the tags that stay and adds the new ones: Hibernate writes only the rows that change. */
    void replaceTags(Set<Tag> replacement) {
        tags.retainAll(replacement);
        tags.addAll(replacement);
    }

    @Override
    public String toString() {
        return "Article[id=" + id + ", slug=" + slug + "]";
    }
}
