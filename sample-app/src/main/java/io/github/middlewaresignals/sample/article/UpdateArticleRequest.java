package io.github.middlewaresignals.sample.article;

import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/articles/{slug}}: the fields to change; absent ones stay as they are. The title (and so the slug) stays. */
record UpdateArticleRequest(ArticleStatus status, @Size(max = 20_000) String body) {
}
