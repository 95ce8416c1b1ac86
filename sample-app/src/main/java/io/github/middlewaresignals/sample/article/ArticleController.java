package io.github.middlewaresignals.sample.article;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @PostMapping
    ResponseEntity<ArticleResponse> create(@Valid @RequestBody CreateArticleRequest request) {
        ArticleResponse article = articles.create(request);
        return ResponseEntity.created(URI.create("/api/articles/" + article.slug())).body(article);
    }

    @PostMapping("/batch")
    @ResponseStatus(HttpStatus.CREATED)
    List<ArticleResponse> createAll(@Valid @RequestBody CreateArticlesRequest request) {
        return articles.createAll(request.articles());
    }

    @GetMapping("/{slug}")
    ArticleResponse get(@PathVariable String slug) {
        return articles.get(slug);
    }

    @PatchMapping("/{slug}")
    ArticleResponse update(@PathVariable String slug, @Valid @RequestBody UpdateArticleRequest request) {
        return articles.update(slug, request);
    }

    @PutMapping("/{slug}/tags")
    ArticleResponse replaceTags(@PathVariable String slug, @Valid @RequestBody ReplaceTagsRequest request) {
        return articles.replaceTags(slug, request.tags());
    }

    @PostMapping("/publish-all")
    Map<String, Integer> publishAll() {
        return Map.of("updated", articles.publishAll());
    }
}
