package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.durable.DistributedSignalsDescriptor;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A durable receiver on Spring Modulith's JPA registry on H2: recorded with the send, run after the commit,
 * completed once; and shown with its incomplete deliveries by the Actuator endpoint {@code signals}, over HTTP.
 */
@SpringBootTest(classes = DurableTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:durable-receiver;DB_CLOSE_DELAY=-1", "spring.main.web-application-type=servlet" })
@ExtendWith(OutputCaptureExtension.class)
class DurableReceiverTest {

    private static final String RECEIVER = InvoiceReceivers.class.getName() + "#invoice";

    @Autowired
    Signal<OrderCompleted> orderCompleted;
    @Autowired
    ReceiverScript script;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistributedSignalsDescriptor descriptor;
    @LocalServerPort
    int port;

    @BeforeEach
    void clean() {
        jdbc.update("delete from event_publication");
        invoices.deleteAll();
        script.calls.clear();
        script.failuresLeft.set(0);
        script.release = null;
    }

    private long publications(String condition) {
        return jdbc.queryForObject("select count(*) from event_publication where listener_id = ? and " + condition, Long.class, RECEIVER);
    }

    @Test
    void recordsTheDeliveryInTheSendingTransactionAndCompletesItAfterTheCommit() {
        transaction.executeWithoutResult(status -> {
            orderCompleted.send(Order.class, new OrderCompleted(7, new BigDecimal("19.99")));
            Collection<?> recorded = registry.findIncompletePublications();
            assertThat(recorded).as("recorded in the sending transaction").hasSize(1);
            assertThat(script.calls).as("not run before the commit").isEmpty();
        });
        assertThat(script.calls).extracting(ReceiverScript.Call::payload).containsExactly(new OrderCompleted(7, new BigDecimal("19.99")));
        assertThat(script.calls).extracting(ReceiverScript.Call::sender).containsExactly(Order.class);
        assertThat(invoices.findAll()).extracting(Invoice::getOrderId).as("the receiver's write is committed").containsExactly(7L);
        assertThat(publications("completion_date is not null")).isEqualTo(1);
        assertThat(publications("completion_date is null")).isZero();
    }

    @Test
    void recordsNothingAndRunsNothingWhenTheTransactionRollsBack() {
        transaction.executeWithoutResult(status -> {
            orderCompleted.send(Order.class, new OrderCompleted(8, BigDecimal.ONE));
            status.setRollbackOnly();
        });
        assertThat(script.calls).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).isZero();
    }

    @Test
    void recordsAndDeliversASendOutsideATransactionAsIfItCommittedAtOnce() {
        orderCompleted.send(Order.class, new OrderCompleted(9, BigDecimal.TEN));
        assertThat(script.calls).hasSize(1);
        assertThat(invoices.count()).isEqualTo(1);
        assertThat(publications("completion_date is not null")).isEqualTo(1);
    }

    @Test
    void leavesAFailedDeliveryIncompleteLogsItAndCompletesItOnTheThirdAttempt(CapturedOutput output) {
        script.failuresLeft.set(2);
        transaction.executeWithoutResult(status -> orderCompleted.send(Order.class, new OrderCompleted(10, new BigDecimal("5.00"))));
        assertThat(output).contains("order_completed").contains(RECEIVER).contains("the invoicing service is down");
        assertThat(publications("completion_date is null and status = 'FAILED'")).isEqualTo(1);
        assertThat(invoices.count()).as("the failed receiver's write rolled back").isZero();

        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(publications("completion_date is null")).as("second attempt failed too").isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(publications("completion_date is not null")).isEqualTo(1);
        assertThat(script.calls).hasSize(3);
        assertThat(invoices.findAll()).extracting(Invoice::getOrderId).containsExactly(10L);

        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(script.calls).as("nothing left to resubmit").hasSize(3);
    }

    @Test
    void readsARecordedPayloadBackExactlyWithItsSender() {
        BigDecimal total = new BigDecimal("12345678901234567.891");
        script.failuresLeft.set(1);
        transaction.executeWithoutResult(status -> orderCompleted.send(Order.class, new OrderCompleted(11, total)));

        incomplete.resubmitIncompletePublications(publication -> true);

        ReceiverScript.Call resubmitted = script.calls.get(1);
        assertThat(resubmitted.payload()).isEqualTo(new OrderCompleted(11, total));
        assertThat(resubmitted.sender()).isEqualTo(Order.class);
        assertThat(invoices.count()).isEqualTo(1);
    }

    @Test
    void describesTheDurableReceiverWithItsIncompleteDeliveries() {
        script.failuresLeft.set(1);
        transaction.executeWithoutResult(status -> orderCompleted.send(Order.class, new OrderCompleted(12, BigDecimal.ONE)));

        assertThat(descriptor.durableReceivers()).singleElement().satisfies(receiver -> {
            assertThat(receiver.name()).isEqualTo(RECEIVER);
            assertThat(receiver.signals()).containsExactly("order_completed");
            assertThat(receiver.incomplete()).singleElement().satisfies(delivery -> {
                assertThat(delivery.signal()).isEqualTo("order_completed");
                // Modulith 2.0's JPA registry reports every incomplete publication as PUBLISHED, a failed one too
                assertThat(delivery.status()).isNotEqualTo("COMPLETED");
                assertThat(delivery.publishedAt()).isNotNull();
            });
        });
    }

    @Test
    void tellsWhichDurableReceiverAReceiverConnectedToTheSignalStandsFor() {
        script.failuresLeft.set(1);
        transaction.executeWithoutResult(status -> orderCompleted.send(Order.class, new OrderCompleted(13, BigDecimal.ONE)));

        assertThat(orderCompleted.receivers()).singleElement().satisfies(connected -> {
            DistributedSignalsDescriptor.DurableReceiver receiver = descriptor.durableReceiver(connected.receiver());
            assertThat(receiver.name()).isEqualTo(RECEIVER);
            assertThat(receiver.incomplete()).extracting(DistributedSignalsDescriptor.IncompleteDelivery::signal)
                    .containsExactly("order_completed");
        });
        assertThat(descriptor.durableReceiver((sender, payload) -> null)).as("a receiver of no durable one").isNull();
    }

    @Test
    void showsTheDurableReceiverWithItsIncompleteDeliveryOnTheSignalsEndpoint() throws Exception {
        script.failuresLeft.set(1);
        transaction.executeWithoutResult(status -> orderCompleted.send(Order.class, new OrderCompleted(14, BigDecimal.ONE)));
        UUID incompleteDelivery = jdbc.queryForObject("select id from event_publication where completion_date is null", UUID.class);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/signals/order_completed")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode receivers = JsonMapper.builder().build().readTree(response.body()).get("receivers");
        assertThat(receivers.size()).isEqualTo(1);
        assertThat(receivers.get(0).get("name").asString()).isEqualTo(RECEIVER + " (recording)");
        JsonNode details = receivers.get(0).get("details");
        assertThat(details.get("durable").asBoolean()).isTrue();
        assertThat(details.get("incompleteDeliveries").size()).isEqualTo(1);
        JsonNode delivery = details.get("incompleteDeliveries").get(0);
        assertThat(delivery.get("id").asString()).isEqualTo(incompleteDelivery.toString());
        assertThat(delivery.get("signal").asString()).isEqualTo("order_completed");
        assertThat(delivery.get("publishedAt").asString()).isNotBlank();
    }

    /** The sender the test sends for. */
    static final class Order {
    }
}
