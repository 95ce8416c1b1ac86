package io.github.middlewaresignals.test;

import io.github.middlewaresignals.signal.Signal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The assertions, reached through AssertJ's own {@code assertThat(recorded)}: what passes, and what a failure says. */
class RecordedSignalsAssertTest {

    record Order(String customer, int total) {
    }

    static final class Customer {
    }

    private final SignalRecorder recorded = new SignalRecorder();
    private final Signal<Object> postSave = new Signal<>("post_save");
    private final Signal<Order> orderCompleted = new Signal<>("order_completed");

    @BeforeEach
    void record() {
        postSave.addMonitor(recorded);
        orderCompleted.addMonitor(recorded);
        recorded.start("RecordedSignalsAssertTest");
    }

    @Test
    void aSendFromASenderOnceWithItsPayloadPasses() {
        orderCompleted.send(Customer.class, new Order("Ada", 42));

        assertThat(recorded).sent("order_completed").from(Customer.class).once()
                .payloads(Order.class).singleElement().isEqualTo(new Order("Ada", 42));
        assertThat(recorded).sent(Order.class).once();
    }

    @Test
    void fromMatchesTheSenderItselfOrAnInstanceOfAClass() {
        Customer customer = new Customer();
        postSave.send(customer, "by instance");
        postSave.send("checkout", "by name");

        assertThat(recorded).sent("post_save").from(Customer.class).once().payloads(String.class).containsExactly("by instance");
        assertThat(recorded).sent("post_save").from(customer).once();
        assertThat(recorded).sent("post_save").from("checkout").once();
    }

    @Test
    void aSignalNeverSentFailsAndListsWhatWasSent() {
        postSave.send(Customer.class, "saved");

        assertThatThrownBy(() -> assertThat(recorded).sent("order_completed"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected a send of order_completed, but none was recorded.
                        Recorded sends, in order:
                          1. post_save from Customer: saved""");
    }

    @Test
    void aSendFromAnotherSenderFails() {
        postSave.send(String.class, "a string");

        assertThatThrownBy(() -> assertThat(recorded).sent("post_save").from(Customer.class))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected a send of post_save from Customer, but none was recorded.
                        Recorded sends, in order:
                          1. post_save from String: a string""");
    }

    @Test
    void onceFailsWithTheCount() {
        postSave.send(Customer.class, "first");
        postSave.send(null, "second");

        assertThatThrownBy(() -> assertThat(recorded).sent("post_save").once())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected one send of post_save, but there were 2.
                        Recorded sends, in order:
                          1. post_save from Customer: first
                          2. post_save without sender: second""");
        assertThat(recorded).sent("post_save").times(2);
    }

    @Test
    void payloadsOfAnotherTypeFail() {
        postSave.send(Customer.class, 7);

        assertThatThrownBy(() -> assertThat(recorded).sent("post_save").payloads(Order.class))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected every payload of post_save to be an instance of Order, but this one is not: post_save from Customer: 7.
                        Recorded sends, in order:
                          1. post_save from Customer: 7""");
    }

    @Test
    void aFailedPayloadAssertionNamesTheSends() {
        orderCompleted.send(Customer.class, new Order("Ada", 42));

        assertThatThrownBy(() -> assertThat(recorded).sent("order_completed").payloads(Order.class).singleElement()
                .isEqualTo(new Order("Bob", 1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[payloads of order_completed check single element]")
                .hasMessageContaining("expected: Order[customer=Bob, total=1]");
    }

    @Test
    void didNotSendFailsForASentSignal() {
        postSave.send(Customer.class, "saved");

        assertThat(recorded).didNotSend("order_completed");
        assertThatThrownBy(() -> assertThat(recorded).didNotSend("post_save"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected no send of post_save, but it was sent once.
                        Recorded sends, in order:
                          1. post_save from Customer: saved""");
    }

    @Test
    void sentNothingFailsForAnySend() {
        assertThat(recorded).sentNothing();
        orderCompleted.send(null, new Order("Ada", 1));

        assertThatThrownBy(() -> assertThat(recorded).sentNothing())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected no send, but 1 was recorded.
                        Recorded sends, in order:
                          1. order_completed without sender: Order[customer=Ada, total=1]""");
    }

    @Test
    void sentInOrderAllowsOtherSendsBetweenAndFailsForAnotherOrder() {
        postSave.send(null, "pre");
        orderCompleted.send(null, new Order("Ada", 1));
        postSave.send(null, "post");

        assertThat(recorded).sentInOrder("post_save", "post_save").sentInOrder("order_completed", "post_save");
        assertThatThrownBy(() -> assertThat(recorded).sentInOrder("order_completed", "order_completed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected sends of [order_completed, order_completed] in this order, but no send of "
                        + "order_completed followed the send of order_completed.\nRecorded sends, in order:");
    }

    @Test
    void aPercentSignInAPayloadIsShownAsItIs() {
        postSave.send(null, "100%s done");

        assertThatThrownBy(() -> assertThat(recorded).sent("order_completed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageEndingWith("1. post_save without sender: 100%s done");
    }
}
