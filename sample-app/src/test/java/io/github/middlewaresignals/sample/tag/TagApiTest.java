package io.github.middlewaresignals.sample.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PUT /api/articles/{slug}/tags} and the per-tag article count an {@code m2m_changed} receiver keeps. */
class TagApiTest extends HttpTestSupport {

    @Test
    void tagsAreCreatedOnFirstUseAndCountTheirArticles() {
        String java = "java-" + unique();
        String django = "django-" + unique();
        String first = createArticle("First " + unique());
        String second = createArticle("Second " + unique());

        HttpResponse<String> response = put("/api/articles/" + first + "/tags", map("tags", List.of(java, django)));
        put("/api/articles/" + second + "/tags", map("tags", List.of(java)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("tags").valueStream().map(tag -> tag.asString()).toList()).containsExactly(django, java);
        assertThat(counts(java, django)).containsExactly(Map.entry(java, 2L), Map.entry(django, 1L));
    }

    @Test
    void replacingTheTagsRecountsTheTagsThatLeftAndThoseThatCame() {
        String java = "java-" + unique();
        String django = "django-" + unique();
        String spring = "spring-" + unique();
        String slug = createArticle("Replaced " + unique());
        put("/api/articles/" + slug + "/tags", map("tags", List.of(java, django)));

        put("/api/articles/" + slug + "/tags", map("tags", List.of(django, spring)));

        assertThat(counts(java, django, spring)).containsExactly(Map.entry(java, 0L), Map.entry(django, 1L), Map.entry(spring, 1L));
        assertThat(json(get("/api/articles/" + slug)).get("tags").valueStream().map(tag -> tag.asString()).toList())
                .containsExactly(django, spring);
    }

    @Test
    void removingEveryTagRecountsThemAll() {
        String java = "java-" + unique();
        String other = createArticle("Keeps Its Tag " + unique());
        String slug = createArticle("Cleared " + unique());
        put("/api/articles/" + other + "/tags", map("tags", List.of(java)));
        put("/api/articles/" + slug + "/tags", map("tags", List.of(java)));

        put("/api/articles/" + slug + "/tags", map("tags", List.of()));

        assertThat(counts(java)).containsExactly(Map.entry(java, 1L));
        assertThat(json(get("/api/articles/" + slug)).get("tags").isEmpty()).isTrue();
    }

    @Test
    void tagNamesAreTrimmedAndLowerCasedAndCountedOnce() {
        String name = "Mixed-" + unique();
        String slug = createArticle("Mixed Case " + unique());

        HttpResponse<String> response = put("/api/articles/" + slug + "/tags", map("tags", List.of(" " + name + " ", name.toLowerCase())));

        assertThat(json(response).get("tags").valueStream().map(tag -> tag.asString()).toList()).containsExactly(name.toLowerCase());
        assertThat(counts(name.toLowerCase())).containsExactly(Map.entry(name.toLowerCase(), 1L));
    }

    @Test
    void badTagListsAreRejectedNamingTheFieldAndChangeNothing() {
        String java = "java-" + unique();
        String slug = createArticle("Bad Tags " + unique());
        put("/api/articles/" + slug + "/tags", map("tags", List.of(java)));

        assertInvalid(put("/api/articles/" + slug + "/tags", map("tags", List.of("ok", " "))), "tags[1]", "must not be blank");
        assertInvalid(put("/api/articles/" + slug + "/tags", map("tags", List.of("x".repeat(51)))), "tags[0]", "size must be between 0 and 50");
        assertInvalid(put("/api/articles/" + slug + "/tags", map("other", 1)), "tags", "must not be null");
        assertInvalid(put("/api/articles/" + slug + "/tags", "{\"tags\":[null]}"), "tags[0]", "must not be blank");
        assertBadRequest(put("/api/articles/" + slug + "/tags", "[]"));
        assertProblem(put("/api/articles/no-such-article/tags", map("tags", List.of(java))), 404, "no article with slug 'no-such-article'");

        assertThat(counts(java)).containsExactly(Map.entry(java, 1L));
    }

    private String createArticle(String title) {
        HttpResponse<String> response = post("/api/articles", map("title", title, "body", "text"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("slug").asString();
    }

    /** @return {@code GET /api/tags}'s article count of each named tag, in the order named; 0 for one it does not list */
    private Map<String, Long> counts(String... names) {
        Map<String, Long> listed = new LinkedHashMap<>();
        json(get("/api/tags")).valueStream().forEach(tag -> listed.put(tag.get("name").asString(), tag.get("articles").asLong()));
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(names).forEach(name -> counts.put(name, listed.getOrDefault(name, 0L)));
        return counts;
    }
}
