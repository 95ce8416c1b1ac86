package io.github.middlewaresignals.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.Signal;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The order endpoints, the custom {@code order_completed}/{@code order_refunded} signals they send
 * inside their transactions, and the notification receivers after the commit (one of which always fails).
 */
@ExtendWith(OutputCaptureExtension.class)
class OrderApiTest extends HttpTestSupport {

    @Autowired
    Signal<OrderCompleted> orderCompleted;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewOrderIsPending() {
        HttpResponse<String> response = post("/api/orders", map("customerEmail", "buyer@example.com", "totalAmount", 42.5));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = json(response);
        assertThat(order.get("id").asLong()).isPositive();
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("customerEmail").asString()).isEqualTo("buyer@example.com");
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/orders/" + order.get("id").asLong());
    }

    @Test
    void completingAnOrderNotifiesTheCustomerAlthoughAnotherReceiverFails(CapturedOutput output) {
        String customer = unique() + "@example.com";
        long id = createOrder(customer, "19.99");

        HttpResponse<String> response = post("/api/orders/" + id + "/complete");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(json(get("/api/orders/" + id)).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(notificationsFor(customer)).containsExactly("order_completed: Order #" + id + " confirmed: 19.99 charged");
        assertThat(logLines(output, "warehouse webhook unreachable for order #" + id + " ")).isNotEmpty();
        assertThat(logLines(output, "WarehouseWebhookReceiver#notifyWarehouse of signal 'order_completed' at AFTER_COMMIT"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(" ERROR ", "the transaction's outcome stands"));
    }

    @Test
    void aCompletionThatRollsBackNotifiesNobody(CapturedOutput output) {
        String customer = unique() + "@example.com";
        long id = createOrder(customer, "3.00");
        // another request changes the order after this completion has read it and sent order_completed,
        // so the completion's commit fails its version check and rolls back
        Receiver<OrderCompleted> concurrentChange = (sender, event) -> event.orderId() != id ? null
                : CompletableFuture.supplyAsync(() -> jdbc.update("update orders set version = version + 1 where id = ?", id)).join();
        orderCompleted.connect(concurrentChange);
        try {
            assertProblem(post("/api/orders/" + id + "/complete"), 409, "changed by another request at the same time; reload and retry");
        } finally {
            orderCompleted.disconnect(concurrentChange);
        }

        assertThat(json(get("/api/orders/" + id)).get("status").asString()).isEqualTo("PENDING");
        assertThat(signalLog()).contains("order_completed OrderCompleted[orderId=" + id + ", customerEmail=" + customer + ", total=3.00]");
        assertThat(notificationsFor(customer)).isEmpty();
        assertThat(output.getOut()).doesNotContain("warehouse webhook unreachable for order #" + id + " ");

        assertThat(post("/api/orders/" + id + "/complete").statusCode()).isEqualTo(200);
        assertThat(notificationsFor(customer)).containsExactly("order_completed: Order #" + id + " confirmed: 3.00 charged");
        assertThat(logLines(output, "warehouse webhook unreachable for order #" + id + " ")).hasSize(1);
    }

    @Test
    void refundingACompletedOrderNotifiesTheCustomer() {
        String customer = unique() + "@example.com";
        long id = createOrder(customer, "5.00");
        assertThat(post("/api/orders/" + id + "/complete").statusCode()).isEqualTo(200);

        HttpResponse<String> response = post("/api/orders/" + id + "/refund");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("REFUNDED");
        assertThat(notificationsFor(customer)).containsExactly(
                "order_refunded: Order #" + id + " refunded: 5.00 returned",
                "order_completed: Order #" + id + " confirmed: 5.00 charged");
    }

    @Test
    void theOrderSignalsAndTheOrderSavesAreInTheSignalLogNewestFirst() {
        String customer = unique() + "@example.com";
        long id = createOrder(customer, "7.00");
        post("/api/orders/" + id + "/complete");
        post("/api/orders/" + id + "/refund");

        List<String> log = signalLog();

        assertThat(log).containsSubsequence(
                "order_refunded OrderRefunded[orderId=" + id + ", customerEmail=" + customer + ", amount=7.00]",
                "order_completed OrderCompleted[orderId=" + id + ", customerEmail=" + customer + ", total=7.00]",
                "post_save Order[id=" + id + ", status=PENDING] created");
        assertThat(log).anySatisfy(line -> assertThat(line)
                .startsWith("post_save Order[id=" + id + ", status=COMPLETED] updated [").contains("status"));
    }

    @Test
    void wrongStateChangesAreConflicts() {
        long id = createOrder("late@example.com", "1.00");

        assertProblem(post("/api/orders/" + id + "/refund"), 409, "order " + id + " is PENDING; only a COMPLETED order can be refunded");
        assertThat(post("/api/orders/" + id + "/complete").statusCode()).isEqualTo(200);
        assertProblem(post("/api/orders/" + id + "/complete"), 409, "order " + id + " is COMPLETED; only a PENDING order can be completed");
        assertThat(post("/api/orders/" + id + "/refund").statusCode()).isEqualTo(200);
        assertProblem(post("/api/orders/" + id + "/refund"), 409, "order " + id + " is REFUNDED; only a COMPLETED order can be refunded");
        assertThat(json(get("/api/orders/" + id)).get("status").asString()).isEqualTo("REFUNDED");
    }

    @Test
    void unknownOrdersAreNotFound() {
        assertProblem(get("/api/orders/999999"), 404, "no order with id 999999");
        assertProblem(post("/api/orders/999999/complete"), 404, "no order with id 999999");
        assertProblem(post("/api/orders/999999/refund"), 404, "no order with id 999999");
    }

    @Test
    void invalidOrdersAreRejectedNamingTheField() {
        assertInvalid(post("/api/orders", map("customerEmail", "buyer@example.com", "totalAmount", 0)),
                "totalAmount", "must be greater than or equal to 0.01");
        assertInvalid(post("/api/orders", map("customerEmail", "buyer@example.com", "totalAmount", 1.234)),
                "totalAmount", "numeric value out of bounds (<10 digits>.<2 digits> expected)");
        assertInvalid(post("/api/orders", map("customerEmail", "buyer@example.com")), "totalAmount", "must not be null");
        assertInvalid(post("/api/orders", map("customerEmail", "nobody", "totalAmount", 3)),
                "customerEmail", "must be a well-formed email address");
    }

    @Test
    void aBodyThatCannotBeReadIsABadRequest() {
        for (String body : List.of("null", "[]", "\"text\"", "42", "{\"customerEmail\":\"a@example.com\",\"totalAmount\":true}")) {
            assertBadRequest(post("/api/orders", body));
        }
    }

    private long createOrder(String customer, String total) {
        HttpResponse<String> response = post("/api/orders", map("customerEmail", customer, "totalAmount", new BigDecimal(total)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asLong();
    }

    /** The signal log's entries from the sender {@code Order}, newest first, as "signal summary". */
    private List<String> signalLog() {
        return json(get("/api/signals/log?limit=1000")).valueStream()
                .filter(entry -> entry.get("sender").asString().equals("Order"))
                .map(entry -> entry.get("signal").asString() + " " + entry.get("summary").asString())
                .toList();
    }

    /** The notifications for one customer, newest first, as "signal: message". */
    private List<String> notificationsFor(String customer) {
        HttpResponse<String> response = get("/api/notifications");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).valueStream()
                .filter(notification -> notification.get("recipient").asString().equals(customer))
                .map(notification -> notification.get("signal").asString() + ": " + notification.get("message").asString())
                .toList();
    }
}
