package io.github.middlewaresignals.sample.article;

/** Where an article is in its life: written, then published. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
