package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.sample.tag.Tag;
import java.util.List;

/** An article as the API shows it; its tags by name, sorted. */
record ArticleResponse(Long id, String title, String slug, String body, ArticleStatus status, List<String> tags) {

    static ArticleResponse of(Article article) {
        return new ArticleResponse(article.getId(), article.getTitle(), article.getSlug(), article.getBody(), article.getStatus(),
                article.getTags().stream().map(Tag::getName).sorted().toList());
    }
}
