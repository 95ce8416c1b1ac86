package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.test.MuteSignals;
import io.github.middlewaresignals.test.RecordSignals;
import io.github.middlewaresignals.test.RecordedSignals;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code @RecordSignals} and {@code @MuteSignals} in a {@code @SpringBootTest} with a real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordSignals
class RecordSignalsSpringBootTest {

    @Autowired
    RecordedSignals recorded;
    @Autowired
    Checkout checkout;
    @Autowired
    Receipts receipts;
    @Autowired
    CustomerRepository customers;
    @LocalServerPort
    int port;

    @BeforeEach
    void forgetReceipts() {
        receipts.clear();
    }

    @Test
    void recordsACustomSignalWithItsSenderAndPayload() {
        checkout.complete("Ada", 42);

        assertThat(recorded).sent("order_completed").from(Checkout.class).once()
                .payloads(OrderCompleted.class).singleElement().isEqualTo(new OrderCompleted("Ada", 42));
    }

    @Test
    void recordsASendThatNoReceiverHears() {
        checkout.reportLowStock("umbrellas");

        assertThat(recorded).sent("stock_low").from(Checkout.class).once().payloads(String.class).containsExactly("umbrellas");
    }

    @Test
    void recordsSendsMadeOnOtherThreads() {
        CompletableFuture.runAsync(() -> checkout.complete("Ada", 1)).join();

        assertThat(recorded).sent("order_completed").once();
    }

    @Test
    void recordsTheSendsOfARequestTheServerAnswersOnItsOwnThreads() {
        String answer = checkoutOverHttp("Bob", 7);

        assertThat(answer).isEqualTo("completed");
        assertThat(recorded).sent(OrderCompleted.class).once().payloads(OrderCompleted.class).containsExactly(new OrderCompleted("Bob", 7));
        // the container may answer before the filter that sends request_finished returns
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(recorded).sent("request_finished").once());
    }

    @Test
    void passesTheRecordingToAMethodParameter(RecordedSignals parameter) {
        checkout.complete("Ada", 3);

        assertThat(parameter).sent("order_completed").once();
        assertThat(parameter.sends()).isEqualTo(recorded.sends());
    }

    @Test
    void answersByNameSenderAndPayloadTypeInOrder() {
        checkout.reportLowStock("umbrellas");
        checkout.complete("Ada", 1);
        checkout.complete("Bob", 2);

        assertThat(recorded.sends()).extracting(sent -> sent.name()).containsExactly("stock_low", "order_completed", "order_completed");
        assertThat(recorded.sends("order_completed", Checkout.class)).hasSize(2);
        assertThat(recorded.sends("order_completed", CheckoutController.class)).isEmpty();
        assertThat(recorded.payloads(OrderCompleted.class)).extracting(OrderCompleted::customer).containsExactly("Ada", "Bob");
        assertThat(recorded).sentInOrder("stock_low", "order_completed");
    }

    @Test
    void clearForgetsTheSendsRecordedSoFar() {
        checkout.complete("fixture", 1);

        recorded.clear();
        checkout.complete("Ada", 2);

        assertThat(recorded).sent("order_completed").once().payloads(OrderCompleted.class).extracting(OrderCompleted::customer)
                .containsExactly("Ada");
    }

    @Test
    void recordsTheModelSignalsAReceiverHears() {
        customers.save(new Customer("Ada"));

        assertThat(recorded).sent("post_save").from(Customer.class).once()
                .payloads(PostSave.class).singleElement().satisfies(event -> assertThat(event.created()).isTrue());
    }

    @Test
    void recordsTheModelSignalsNoReceiverHears() {
        customers.save(new Customer("Ada"));

        assertThat(recorded).sent("pre_save").from(Customer.class).once();
    }

    @Test
    @MuteSignals("order_completed")
    void muteSignalsMutesWhatTheTestThreadSends() {
        checkout.complete("Ada", 42);

        assertThat(receipts.printed()).isEmpty();
        assertThat(recorded).didNotSend("order_completed");
    }

    @Test
    @MuteSignals("order_completed")
    void muteSignalsLeavesWhatTheServersThreadsSendAlone() {
        checkoutOverHttp("Bob", 7);

        assertThat(receipts.printed()).containsExactly(new OrderCompleted("Bob", 7));
        assertThat(recorded).sent("order_completed").once();
    }

    private String checkoutOverHttp(String customer, int total) {
        return RestClient.create("http://localhost:" + port).post()
                .uri(uri -> uri.path("/checkout").queryParam("customer", customer).queryParam("total", total).build())
                .retrieve().body(String.class);
    }

    /** Runs in order: each test method must find a fresh recording, and no muting left behind. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class FromOneTestMethodToTheNext {

        @Test
        @Order(1)
        @MuteSignals("stock_low")
        void firstSendsAndMutes() {
            checkout.complete("Ada", 1);
            checkout.reportLowStock("umbrellas");

            assertThat(recorded).sent("order_completed").once();
            assertThat(recorded).didNotSend("stock_low");
        }

        @Test
        @Order(2)
        void nextStartsWithAnEmptyRecordingKeepsRecordingAndIsNotMuted() {
            assertThat(recorded).sentNothing();

            checkout.complete("Bob", 2);
            checkout.reportLowStock("boots");

            assertThat(recorded).sent("order_completed").once().payloads(OrderCompleted.class).extracting(OrderCompleted::customer)
                    .containsExactly("Bob");
            assertThat(recorded).sent("stock_low").once();
        }
    }
}
