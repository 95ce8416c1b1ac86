package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.sample.tag.Tags;
import io.github.middlewaresignals.sample.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ArticleService {

    private final ArticleRepository articles;
    private final Tags tags;

    ArticleService(ArticleRepository articles, Tags tags) {
        this.articles = articles;
        this.tags = tags;
    }

    @Transactional
    ArticleResponse create(CreateArticleRequest request) {
        return ArticleResponse.of(articles.save(request.toArticle()));
    }

    /** Saves all articles in one transaction: each one's {@code pre_save} sees the slugs of those before it. */
    @Transactional
    List<ArticleResponse> createAll(List<CreateArticleRequest> requests) {
        return requests.stream().map(request -> ArticleResponse.of(articles.save(request.toArticle()))).toList();
    }

    @Transactional(readOnly = true)
    ArticleResponse get(String slug) {
        return ArticleResponse.of(find(slug));
    }

    /**
     * Changes the managed article; Hibernate writes an UPDATE at the commit only if a value really
     * changed, and only then does {@code post_save} fire (publishing twice announces once).
     */
    @Transactional
    ArticleResponse update(String slug, UpdateArticleRequest request) {
        Article article = find(slug);
        if (request.status() != null) {
            article.setStatus(request.status());
        }
        if (request.body() != null) {
            article.setBody(request.body());
        }
        return ArticleResponse.of(article);
    }

    /** Gives the article exactly these tags, creating the unknown ones; the join table gets {@code m2m_changed} at the commit. */
    @Transactional
    ArticleResponse replaceTags(String slug, List<String> names) {
        Article article = find(slug);
        article.replaceTags(tags.findOrCreate(names));
        return ArticleResponse.of(article);
    }

    /** @return how many articles the bulk UPDATE published; no model signal fires for them */
    @Transactional
    int publishAll() {
        return articles.publishAll();
    }

    private Article find(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("no article with slug '" + slug + "'"));
    }
}
