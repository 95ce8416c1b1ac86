package io.github.middlewaresignals.sample.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PATCH /api/articles/{slug}} and the conditional {@code post_save} receiver that announces a publication. */
class ArticlePublishingApiTest extends HttpTestSupport {

    @Test
    void publishingAnArticleRecordsOneNotificationAndPublishingItAgainNone() {
        String slug = createArticle("Published Once " + unique());

        HttpResponse<String> published = patch("/api/articles/" + slug, map("status", "PUBLISHED"));
        HttpResponse<String> again = patch("/api/articles/" + slug, map("status", "PUBLISHED"));

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(notificationsAbout(slug)).containsExactly("post_save subscribers: article " + slug + " published");
    }

    @Test
    void editingTheBodyOfAnArticleRecordsNoNotification() {
        String slug = createArticle("Edited " + unique());
        patch("/api/articles/" + slug, map("status", "PUBLISHED"));

        HttpResponse<String> edited = patch("/api/articles/" + slug, map("body", "a better body"));

        assertThat(json(edited).get("body").asString()).isEqualTo("a better body");
        assertThat(notificationsAbout(slug)).hasSize(1);
    }

    @Test
    void takingAnArticleBackToDraftAndPublishingItAgainAnnouncesItAgain() {
        String slug = createArticle("Republished " + unique());

        patch("/api/articles/" + slug, map("status", "PUBLISHED"));
        patch("/api/articles/" + slug, map("status", "DRAFT"));
        patch("/api/articles/" + slug, map("status", "PUBLISHED"));

        assertThat(notificationsAbout(slug)).hasSize(2);
    }

    @Test
    void theBulkPublishAllAnnouncesNothingLikeQuerySetUpdate() {
        String slug = createArticle("Bulk Published " + unique());

        post("/api/articles/publish-all");

        assertThat(json(get("/api/articles/" + slug)).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(notificationsAbout(slug)).isEmpty();
    }

    @Test
    void anUnknownStatusIsABadRequestAndAnUnknownSlugNotFound() {
        String slug = createArticle("Bad Status " + unique());

        assertBadRequest(patch("/api/articles/" + slug, map("status", "ARCHIVED")));
        assertInvalid(patch("/api/articles/" + slug, map("body", "x".repeat(20_001))), "body", "size must be between 0 and 20000");
        assertProblem(patch("/api/articles/no-such-article", map("status", "PUBLISHED")), 404, "no article with slug 'no-such-article'");
        assertThat(json(get("/api/articles/" + slug)).get("status").asString()).isEqualTo("DRAFT");
    }

    private String createArticle(String title) {
        HttpResponse<String> response = post("/api/articles", map("title", title, "body", "text"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("slug").asString();
    }

    /** @return the notifications that name the article, as "signal recipient: message" */
    private List<String> notificationsAbout(String slug) {
        return json(get("/api/notifications")).valueStream()
                .filter(notification -> notification.get("message").asString().contains("article " + slug + " "))
                .map(notification -> notification.get("signal").asString() + " " + notification.get("recipient").asString() + ": "
                        + notification.get("message").asString())
                .toList();
    }
}
