package io.github.middlewaresignals.sample.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/articles}. The body text is optional. */
record CreateArticleRequest(@NotBlank @Size(max = 200) String title, @Size(max = 20_000) String body) {

    Article toArticle() {
        return new Article(title, body == null ? "" : body);
    }
}
