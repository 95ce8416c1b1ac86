package io.github.middlewaresignals.operations;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The signals and middleware endpoints over real HTTP on Tomcat when the application exposes them,
 * and the observations of sends and of middleware entries nested in Spring's {@code http.server.requests}.
 */
@SpringBootTest(classes = OperationsApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=health,signals,middleware",
                "middleware.order=security-headers,audit,timing", "middleware.entries.timing.enabled=false"})
@Import(OperationsOverHttpTest.ObservedApp.class)
class OperationsOverHttpTest {

    private static final Predicate<Observation.ContextView> HTTP_REQUEST = parent -> "http.server.requests".equals(parent.getName());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Autowired
    private TestObservationRegistry observations;

    @TestConfiguration(proxyBeanMethods = false)
    static class ObservedApp {
        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }

    @BeforeEach
    void forgetEarlierObservations() {
        observations.clear();
    }

    private HttpResponse<String> call(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = call("GET", path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void theSignalsEndpointListsEachReceiverWithItsCountsAndTheLatestFailures() throws Exception {
        Instant before = Instant.now();
        call("POST", "/orders/1/complete");
        call("POST", "/orders/-1/complete");

        JsonNode orderCompleted = json("/actuator/signals").get("signals").get("order_completed");
        assertThat(orderCompleted.get("sends").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode invoice = orderCompleted.get("receivers").get(0);
        assertThat(invoice.get("name").asString()).isEqualTo(OperationsApp.OrderReceivers.class.getName() + "#invoice");
        assertThat(invoice.get("sender").asString()).isEqualTo(OperationsApp.OrderController.class.getName());
        assertThat(invoice.get("phase").asString()).isEqualTo("IMMEDIATE");
        assertThat(invoice.has("condition")).as("no condition, no key").isFalse();
        assertThat(invoice.get("failures").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(invoice.get("runs").asLong()).isGreaterThan(invoice.get("failures").asLong());
        JsonNode warehouse = orderCompleted.get("receivers").get(1);
        assertThat(warehouse.get("phase").asString()).isEqualTo("AFTER_COMMIT");
        assertThat(warehouse.get("condition").asString()).isEqualTo("id() > 100");

        JsonNode failure = json("/actuator/signals").get("recentFailures").get(0);
        assertThat(failure.get("signal").asString()).isEqualTo("order_completed");
        assertThat(failure.get("receiver").asString()).endsWith("#invoice");
        assertThat(failure.get("exception").asString()).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(failure.get("message").asString()).isEqualTo("no order -1");
        assertThat(Instant.parse(failure.get("time").asString())).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void oneSignalIsShownByNameAndAnUnknownNameIsNotFound() throws Exception {
        call("POST", "/orders/-2/complete");

        JsonNode orderCompleted = json("/actuator/signals/order_completed");
        assertThat(orderCompleted.get("receivers")).hasSize(2);
        assertThat(orderCompleted.get("recentFailures").get(0).get("message").asString()).isEqualTo("no order -2");
        assertThat(call("GET", "/actuator/signals/no_such_signal").statusCode()).isEqualTo(404);
    }

    @Test
    void theMiddlewareEndpointListsTheChainInOrderWithTheEntrySwitchedOff() throws Exception {
        JsonNode chain = json("/actuator/middleware").get("chain");

        assertThat(chain).extracting(entry -> entry.get("name").asString()).containsExactly("security-headers", "audit", "timing");
        assertThat(chain.get(0).get("source").asString()).isEqualTo("built-in");
        assertThat(chain.get(1).get("source").asString()).isEqualTo("bean");
        assertThat(chain.get(1).get("hooks")).extracting(JsonNode::asString).containsExactly("processResponse");
        assertThat(chain.get(2).get("enabled").asBoolean()).isFalse();
    }

    @Test
    void eachEntrysWorkIsObservedInsideTheHttpRequestAndSoIsTheSend() throws Exception {
        assertThat(call("POST", "/orders/5/complete").headers().firstValue("X-Audited")).hasValue("yes");

        assertThat(observations).hasNumberOfObservationsWithNameEqualTo("middleware.entry", 2)
                .hasAnObservationWithAKeyValue("middleware.name", "security-headers")
                .hasAnObservationWithAKeyValue("middleware.name", "audit");
        assertThat(observations).forAllObservationsWithNameEqualTo("middleware.entry", entry -> entry
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasParentObservationContextMatching(HTTP_REQUEST));
        assertThat(observations).hasObservationWithNameEqualTo("signals.send").that()
                .hasLowCardinalityKeyValue("signal.name", "order_completed")
                .hasLowCardinalityKeyValue("signal.sender", OperationsApp.OrderController.class.getName())
                .hasParentObservationContextMatching(HTTP_REQUEST);
    }
}
