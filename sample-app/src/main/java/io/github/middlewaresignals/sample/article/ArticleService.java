package io.github.middlewaresignals.sample.article;

import io.github.middlewaresignals.sample.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ArticleService {

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
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
        return articles.findBySlug(slug)
                .map(ArticleResponse::of)
                .orElseThrow(() -> new NotFoundException("no article with slug '" + slug + "'"));
    }

    /** @return how many articles the bulk UPDATE published; no model signal fires for them */
    @Transactional
    int publishAll() {
        return articles.publishAll();
    }
}
