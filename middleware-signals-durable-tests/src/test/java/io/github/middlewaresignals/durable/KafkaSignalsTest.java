package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.middlewaresignals.signal.Signal;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two applications on one real Kafka broker (embedded KRaft, in this JVM): "shop" externalizes
 * {@code order_completed} to the topic "orders", "billing" consumes it and runs its own receivers as for a
 * local send. One broker and one pair of applications for the whole class, the tests in story order. Both
 * are web applications, for their Actuator endpoint {@code signals}.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaSignalsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static EmbeddedKafkaKraftBroker broker;
    private static ConfigurableApplicationContext shop;
    private static ConfigurableApplicationContext billing;

    @BeforeAll
    static void start() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, "orders");
        broker.afterPropertiesSet();
        shop = application("shop", "signals.externalize.order_completed.target=orders",
                "signals.externalize.order_completed.key=orderId");
        billing = billing();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { billing, shop }) {
            if (context != null) {
                context.close();
            }
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    private static ConfigurableApplicationContext billing() {
        return application("billing", "signals.consume.order_completed.source=orders");
    }

    private static ConfigurableApplicationContext application(String name, String... properties) {
        return new SpringApplicationBuilder(DurableTestApplication.class)
                .properties("spring.application.name=" + name,
                        "spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                        "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString())
                .properties(properties)
                .run("--spring.main.web-application-type=servlet", "--server.port=0");
    }

    private static void completeOrder(long id) {
        @SuppressWarnings("unchecked")
        Signal<OrderCompleted> orderCompleted = shop.getBean("orderCompleted", Signal.class);
        shop.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                orderCompleted.send(KafkaSignalsTest.class, new OrderCompleted(id, new BigDecimal("10.00"))));
    }

    private static List<Long> billed() {
        return billing.getBean(ReceiverScript.class).calls.stream().map(call -> ((OrderCompleted) call.payload()).orderId()).toList();
    }

    @Test
    @Order(1)
    void deliversASignalSentInOneApplicationExactlyOnceToTheOtherApplicationsReceivers() {
        completeOrder(1);
        await().atMost(PATIENCE).until(() -> billed().contains(1L));
        // sent once the first has arrived, so behind it on the one partition: once it is there, the first came exactly once
        completeOrder(2);
        await().atMost(PATIENCE).until(() -> billed().contains(2L));
        assertThat(billed()).containsExactly(1L, 2L);
        ReceiverScript.Call first = billing.getBean(ReceiverScript.class).calls.get(0);
        assertThat(first.payload()).isEqualTo(new OrderCompleted(1, new BigDecimal("10.00")));
        assertThat(first.sender()).as("a consumed signal's sender is its payload's class").isEqualTo(OrderCompleted.class);
    }

    @Test
    @Order(2)
    void deliversASignalSentWhileTheConsumingApplicationIsDownWhenItStarts() {
        billing.close();
        completeOrder(3);
        billing = billing();

        await().atMost(PATIENCE).until(() -> billed().contains(3L));
        assertThat(billed()).containsExactly(3L);
    }

    @Test
    @Order(3)
    void skipsAndLogsAnUnreadableMessageAndGoesOnConsuming(CapturedOutput output) {
        @SuppressWarnings("unchecked")
        KafkaOperations<Object, Object> kafka = shop.getBean(KafkaOperations.class);
        kafka.send("orders", "not an order".getBytes(StandardCharsets.UTF_8)).join();
        completeOrder(4);

        await().atMost(PATIENCE).until(() -> billed().contains(4L));
        assertThat(output).containsPattern("Skipped an unreadable message for signal 'order_completed' on topic orders, partition 0, offset \\d+");
    }

    @Test
    @Order(4)
    void showsTheTopicsOfTheExternalizedAndTheConsumedSignalOnTheSignalsEndpoint() throws Exception {
        assertThat(orderCompletedOnTheSignalsEndpoint(shop).get("details").get("externalizedTo").asString()).isEqualTo("orders");
        assertThat(orderCompletedOnTheSignalsEndpoint(billing).get("details").get("consumedFrom").asString()).isEqualTo("orders");
    }

    private static JsonNode orderCompletedOnTheSignalsEndpoint(ConfigurableApplicationContext application) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port")
                + "/actuator/signals/order_completed");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
