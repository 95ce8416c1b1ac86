package io.github.middlewaresignals.sample.article;

/** An article as the API shows it. */
record ArticleResponse(Long id, String title, String slug, String body, boolean published) {

    static ArticleResponse of(Article article) {
        return new ArticleResponse(article.getId(), article.getTitle(), article.getSlug(), article.getBody(), article.isPublished());
    }
}
