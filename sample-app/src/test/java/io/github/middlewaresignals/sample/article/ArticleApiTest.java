package io.github.middlewaresignals.sample.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The article endpoints and the {@code pre_save} slug receiver behind them. */
class ArticleApiTest extends HttpTestSupport {

    @Test
    void creatingAnArticleGivesItASlugFromItsTitle() {
        String token = unique();
        HttpResponse<String> response = post("/api/articles", map("title", "Hello, World " + token + "!", "body", "First post"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode article = json(response);
        assertThat(article.get("id").asLong()).isPositive();
        assertThat(article.get("title").asString()).isEqualTo("Hello, World " + token + "!");
        assertThat(article.get("slug").asString()).isEqualTo("hello-world-" + token);
        assertThat(article.get("body").asString()).isEqualTo("First post");
        assertThat(article.get("status").asString()).isEqualTo("DRAFT");
        assertThat(article.get("tags").isEmpty()).isTrue();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/articles/hello-world-" + token);
    }

    @Test
    void theSameTitleGetsNumberedSlugs() {
        String title = "Same Title " + unique();
        String base = Slugs.slugify(title);

        List<String> slugs = List.of(createArticle(title), createArticle(title), createArticle(title));

        assertThat(slugs).containsExactly(base, base + "-1", base + "-2");
    }

    @Test
    void theSameTitleTwiceInOneTransactionGetsTwoSlugs() {
        String title = "Twice In One Transaction " + unique();
        String base = Slugs.slugify(title);

        HttpResponse<String> response = post("/api/articles/batch",
                map("articles", List.of(map("title", title, "body", "one"), map("title", title, "body", "two"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).valueStream().map(article -> article.get("slug").asString()).toList())
                .containsExactly(base, base + "-1");
        assertThat(json(get("/api/articles/" + base + "-1")).get("body").asString()).isEqualTo("two");
    }

    @Test
    void anArticleIsFoundByItsSlug() {
        String slug = createArticle("Findable " + unique());

        HttpResponse<String> response = get("/api/articles/" + slug);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("slug").asString()).isEqualTo(slug);
        assertThat(json(response).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void anUnknownSlugIsNotFound() {
        assertProblem(get("/api/articles/no-such-article"), 404, "no article with slug 'no-such-article'");
    }

    @Test
    void publishAllPublishesEveryDraftInOneUpdateThatSendsNoSignal() {
        String slug = createArticle("Draft " + unique());
        String logBefore = get("/api/signals/log?limit=1000").body();

        HttpResponse<String> response = post("/api/articles/publish-all");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("updated").asInt()).isPositive();
        assertThat(json(get("/api/articles/" + slug)).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(get("/api/signals/log?limit=1000").body()).isEqualTo(logBefore);
        assertThat(json(post("/api/articles/publish-all")).get("updated").asInt()).isZero();
    }

    @Test
    void invalidArticlesAreRejectedNamingTheField() {
        assertInvalid(post("/api/articles", map("title", "  ", "body", "text")), "title", "must not be blank");
        assertInvalid(post("/api/articles", map("body", "text")), "title", "must not be blank");
        assertInvalid(post("/api/articles", map("title", "x".repeat(201))), "title", "size must be between 0 and 200");
        assertInvalid(post("/api/articles/batch", map("articles", List.of(map("title", "ok"), map("title", "")))),
                "articles[1].title", "must not be blank");
        assertInvalid(post("/api/articles/batch", map("articles", List.of())), "articles", "must not be empty");
    }

    @Test
    void aBatchWithANullArticleIsRejectedNamingItsPositionAndSavesNothing() {
        String title = "Before The Null " + unique();

        assertInvalid(post("/api/articles/batch", "{\"articles\":[null]}"), "articles[0]", "must not be null");
        assertInvalid(post("/api/articles/batch", map("articles", Arrays.asList(map("title", title), null))),
                "articles[1]", "must not be null");

        assertThat(get("/api/articles/" + Slugs.slugify(title)).statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyThatCannotBeReadIsABadRequest() {
        for (String body : List.of("null", "[]", "\"text\"", "42")) {
            assertBadRequest(post("/api/articles", body));
            assertBadRequest(post("/api/articles/batch", body));
        }
        assertBadRequest(post("/api/articles/batch", "{\"articles\":[42]}"));
    }

    private String createArticle(String title) {
        HttpResponse<String> response = post("/api/articles", map("title", title, "body", "text"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("slug").asString();
    }
}
