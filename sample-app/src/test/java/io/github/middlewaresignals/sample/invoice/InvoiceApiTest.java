package io.github.middlewaresignals.sample.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import tools.jackson.databind.JsonNode;

/**
 * The durable invoice receiver of {@code order_completed}, end to end over HTTP: its deliveries are
 * recorded in Spring Modulith's {@code event_publication} table of the app's database and completed
 * once the invoice is committed.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvoiceApiTest extends HttpTestSupport {

    private static final String RECEIVER = InvoiceReceiver.class.getName() + "#invoice";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    JdbcTemplate database;
    @Autowired
    IncompleteEventPublications incompletePublications;

    @Test
    void invoicesACompletedOrderAndCompletesItsDelivery() {
        String customer = unique() + "@example.com";
        long id = completedOrder(customer, "99.50");

        await().atMost(PATIENCE).until(() -> invoicesOf(id).size() == 1);
        JsonNode invoice = invoicesOf(id).get(0);
        assertThat(invoice.get("customerEmail").asString()).isEqualTo(customer);
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("99.50");
        assertThat(invoice.get("createdAt").asString()).isNotBlank();
        UUID delivery = deliveryOf(id);
        await().atMost(PATIENCE).until(() -> isCompleted(delivery));
    }

    @Test
    void writesNothingWhenTheDeliveryOfAnInvoicedOrderIsResubmitted(CapturedOutput output) {
        long id = completedOrder(unique() + "@example.com", "12.00");
        await().atMost(PATIENCE).until(() -> invoicesOf(id).size() == 1);
        UUID delivery = deliveryOf(id);
        await().atMost(PATIENCE).until(() -> isCompleted(delivery));

        // what a crash between the invoice's commit and the completion of its delivery leaves: the delivery runs again
        database.update("update event_publication set completion_date = null, status = 'PUBLISHED' where id = ?", delivery);
        incompletePublications.resubmitIncompletePublications(publication -> publication.getIdentifier().equals(delivery));

        await().atMost(PATIENCE).until(() -> isCompleted(delivery));
        assertThat(logLines(output, "Order #" + id + " has its invoice already")).hasSize(1);
        assertThat(invoicesOf(id)).as("one invoice, as before the second delivery").hasSize(1);
    }

    private long completedOrder(String customer, String total) {
        HttpResponse<String> created = post("/api/orders", map("customerEmail", customer, "totalAmount", new BigDecimal(total)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        HttpResponse<String> completed = post("/api/orders/" + id + "/complete");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        return id;
    }

    private List<JsonNode> invoicesOf(long orderId) {
        HttpResponse<String> response = get("/api/invoices");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).valueStream().filter(invoice -> invoice.get("orderId").asLong() == orderId).toList();
    }

    /** The id of the invoice receiver's recorded delivery for this order, in Modulith's table. */
    private UUID deliveryOf(long orderId) {
        return database.queryForObject("select id from event_publication where listener_id = ? and serialized_event like ?",
                UUID.class, RECEIVER, "%\"orderId\":" + orderId + ",%");
    }

    private boolean isCompleted(UUID delivery) {
        return database.queryForObject("select completion_date is not null from event_publication where id = ?", Boolean.class, delivery);
    }
}
