package io.github.middlewaresignals.sample.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/articles/batch}: articles saved together in one transaction. Bean
 * Validation passes a {@code null} list element as valid unless it is marked {@code @NotNull}.
 */
record CreateArticlesRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid CreateArticleRequest> articles) {
}
