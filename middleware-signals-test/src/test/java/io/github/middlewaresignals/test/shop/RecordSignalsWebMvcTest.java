package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.test.MuteSignals;
import io.github.middlewaresignals.test.RecordSignals;
import io.github.middlewaresignals.test.RecordedSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** {@code @RecordSignals} and {@code @MuteSignals} in a {@code @WebMvcTest}: MockMvc runs each request on the test thread. */
@WebMvcTest(CheckoutController.class)
@Import({Checkout.class, Receipts.class, RequestLog.class})
@RecordSignals
class RecordSignalsWebMvcTest {

    @Autowired
    RecordedSignals recorded;
    @Autowired
    MockMvc mvc;
    @Autowired
    Receipts receipts;

    @BeforeEach
    void forgetReceipts() {
        receipts.clear();
    }

    @Test
    void recordsTheSignalAControllerSends() throws Exception {
        checkout("Ada", 42);

        assertThat(recorded).sent("order_completed").from(Checkout.class).once()
                .payloads(OrderCompleted.class).containsExactly(new OrderCompleted("Ada", 42));
    }

    @Test
    void recordsTheRequestSignalsAReceiverHears() throws Exception {
        checkout("Ada", 42);

        assertThat(recorded).sentInOrder("order_completed", "request_finished");
        assertThat(recorded).sent("request_finished").once().payloads(RequestFinished.class).singleElement()
                .satisfies(finished -> assertThat(finished.request().getRequestURI()).isEqualTo("/checkout"));
    }

    @Test
    void recordsTheRequestSignalsNoReceiverHears() throws Exception {
        checkout("Ada", 42);

        assertThat(recorded).sentInOrder("request_started", "order_completed", "request_finished");
    }

    private void checkout(String customer, int total) throws Exception {
        mvc.perform(post("/checkout").param("customer", customer).param("total", String.valueOf(total)))
                .andExpect(content().string("completed"));
    }

    /** Runs in order: a muted MockMvc request, then an unmuted one. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class FromOneTestMethodToTheNext {

        @Test
        @Order(1)
        @MuteSignals({"request_started", "order_completed", "request_finished"})
        void muteSignalsMutesAMockMvcRequest() throws Exception {
            checkout("Ada", 42);

            assertThat(receipts.printed()).isEmpty();
            assertThat(recorded).sentNothing();
        }

        @Test
        @Order(2)
        void nextTestsRequestIsHeardAgain() throws Exception {
            checkout("Bob", 7);

            assertThat(receipts.printed()).containsExactly(new OrderCompleted("Bob", 7));
            assertThat(recorded).sent("order_completed").once();
            assertThat(recorded).sent("request_finished").once();
        }
    }
}
