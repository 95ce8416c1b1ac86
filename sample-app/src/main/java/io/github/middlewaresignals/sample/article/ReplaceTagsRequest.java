package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.sample.tag.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /api/articles/{slug}/tags}: every tag the article carries from now on (an empty list removes them all). */
record ReplaceTagsRequest(@NotNull @Size(max = 20) List<@NotBlank @Size(max = Tag.MAX_NAME_LENGTH) String> tags) {
}
