package io.github.middlewaresignals.sample.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/articles/batch}: articles saved together in one transaction. */
record CreateArticlesRequest(@NotEmpty @Size(max = 50) List<@Valid CreateArticleRequest> articles) {
}
