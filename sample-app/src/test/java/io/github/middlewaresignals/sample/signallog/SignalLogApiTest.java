package io.github.middlewaresignals.sample.signallog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/signals/log}: every model-signal delivery, recorded by {@link SignalLogReceiver}, newest first. */
class SignalLogApiTest extends HttpTestSupport {

    @Test
    void savingAnArticleLogsPreSaveThenPostSaveNewestFirst() {
        HttpResponse<String> created = post("/api/articles", map("title", "Logged " + unique()));
        long id = json(created).get("id").asLong();
        String slug = json(created).get("slug").asString();

        HttpResponse<String> response = get("/api/signals/log?limit=2");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> entries = json(response).valueStream().toList();
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(entry -> entry.get("signal").asString()).containsExactly("post_save", "pre_save");
        assertThat(entries).extracting(entry -> entry.get("sender").asString()).containsExactly("Article", "Article");
        assertThat(entries.get(0).get("summary").asString()).isEqualTo("Article[id=" + id + ", slug=" + slug + "] created");
        Instant newest = Instant.parse(entries.get(0).get("at").asString());
        Instant older = Instant.parse(entries.get(1).get("at").asString());
        assertThat(newest).isAfterOrEqualTo(older);
    }

    @Test
    void creatingAUserLogsItsSaveAndTheProfileSaveItCaused() {
        String username = "logged" + unique();
        post("/api/users", map("username", username, "email", username + "@example.com"));

        List<String> entries = json(get("/api/signals/log?limit=4")).valueStream()
                .map(entry -> entry.get("signal").asString() + " " + entry.get("sender").asString())
                .toList();

        assertThat(entries).containsExactlyInAnyOrder("pre_save User", "post_save User", "pre_save UserProfile", "post_save UserProfile");
    }

    @Test
    void aLimitOutsideOneToAThousandIsABadRequest() {
        assertInvalid(get("/api/signals/log?limit=0"), "limit", "must be greater than or equal to 1");
        assertInvalid(get("/api/signals/log?limit=1001"), "limit", "must be less than or equal to 1000");
        assertThat(get("/api/signals/log?limit=ten").statusCode()).isEqualTo(400);
    }
}
