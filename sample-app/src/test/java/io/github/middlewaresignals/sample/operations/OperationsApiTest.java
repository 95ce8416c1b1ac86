package io.github.middlewaresignals.sample.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import io.github.middlewaresignals.sample.HttpTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sample exposes the starter's Actuator endpoints: what a person operating it reads. */
class OperationsApiTest extends HttpTestSupport {

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonNode receiver(JsonNode signal, String name) {
        for (JsonNode receiver : signal.get("receivers")) {
            if (receiver.get("name").asString().endsWith(name)) {
                return receiver;
            }
        }
        throw new AssertionError("no receiver " + name + " in " + signal);
    }

    @Test
    void theSignalsEndpointShowsEachReceiverWithItsPhaseAndItsRunsAndFailures() {
        HttpResponse<String> created = post("/api/orders", Map.of("customerEmail", "ops@example.com", "totalAmount", 12));
        assertThat(created.statusCode()).isEqualTo(201);
        long order = json(created).get("id").asLong();
        assertThat(post("/api/orders/" + order + "/complete").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode completed = ok(get("/actuator/signals/order_completed"));
            JsonNode webhook = receiver(completed, "WarehouseWebhookReceiver#notifyWarehouse");
            assertThat(webhook.get("phase").asString()).isEqualTo("AFTER_COMMIT");
            assertThat(webhook.get("runs").asLong()).isPositive();
            assertThat(webhook.get("failures").asLong()).isEqualTo(webhook.get("runs").asLong());
            assertThat(completed.get("recentFailures").get(0).get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
        });
        JsonNode postSave = ok(get("/actuator/signals/post_save"));
        assertThat(receiver(postSave, "WelcomeMailReceiver#welcome").get("async").asBoolean()).isTrue();
        assertThat(receiver(postSave, "ArticleNotificationReceivers#announce").get("condition").asString())
                .contains("hasChanged('status')");
        assertThat(get("/actuator/signals/no_such_signal").statusCode()).isEqualTo(404);
    }

    @Test
    void theMiddlewareEndpointShowsTheChainInItsOrderWithWhereEachEntryCameFrom() {
        JsonNode chain = ok(get("/actuator/middleware")).get("chain");

        assertThat(chain).extracting(entry -> entry.get("name").asString()).containsExactly("security-headers", "request-id",
                "request-logging", "timing", "rateLimitMiddleware", "io.github.middlewaresignals.sample.web.AuditMiddleware");
        assertThat(chain).extracting(entry -> entry.get("source").asString())
                .containsExactly("built-in", "built-in", "built-in", "built-in", "bean", "class");
        assertThat(chain.get(4).get("include").get(0).asString()).isEqualTo("/api/**");
    }

    @Test
    void actuatorAnswersGetTheChainsHeadersLikeEveryOtherRequest() {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(health.headers().firstValue("X-Request-ID")).isPresent();
    }
}
