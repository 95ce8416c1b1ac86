package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignalTest {

    @RegisterExtension
    final CapturedSignalLog log = new CapturedSignalLog();

    private final Signal<String> signal = new Signal<>("order_completed");
    private final List<String> calls = new ArrayList<>();

    private Receiver<Object> recording(String label) {
        return (sender, payload) -> {
            calls.add(label);
            return label;
        };
    }

    static class Order {
    }

    static class SpecialOrder extends Order {
    }

    @Test
    void blankNameIsRejected() {
        assertThatThrownBy(() -> new Signal<>(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank name");
    }

    @Nested
    class Connecting {

        @Test
        void receiversRunInConnectionOrderAndResultsFollowIt() {
            Receiver<Object> a = recording("a");
            Receiver<Object> b = recording("b");
            Receiver<Object> c = recording("c");
            signal.connect(b);
            signal.connect(a, Order.class);
            signal.connect(c);

            List<ReceiverResult> results = signal.send(Order.class, "x");

            assertThat(calls).containsExactly("b", "a", "c");
            assertThat(results).extracting(ReceiverResult::receiver).containsExactly(b, a, c);
            assertThat(results).extracting(ReceiverResult::value).containsExactly("b", "a", "c");
            assertThat(results).allMatch(result -> result.error() == null && result.succeeded());
        }

        @Test
        void receiverGetsSenderAndPayload() {
            List<Object> seen = new ArrayList<>();
            signal.connect((sender, payload) -> seen.add(sender) && seen.add(payload));
            signal.send(Order.class, "payload");
            assertThat(seen).containsExactly(Order.class, "payload");
        }

        @Test
        void sameReceiverForSameSenderIsConnectedOnce() {
            Receiver<Object> a = recording("a");
            signal.connect(a, Order.class);
            signal.connect(a, Order.class);
            signal.connect(a);
            signal.connect(a);

            signal.send(Order.class, "x");

            // once for the Order connection, once for the any-sender connection, as in Django
            assertThat(calls).containsExactly("a", "a");
        }

        @Test
        void sameDispatchUidForSameSenderKeepsTheFirstReceiver() {
            signal.connect(recording("first"), Order.class, "uid");
            signal.connect(recording("second"), Order.class, "uid");
            signal.connect(recording("other sender"), String.class, "uid");

            signal.send(Order.class, "x");
            signal.send(String.class, "x");

            assertThat(calls).containsExactly("first", "other sender");
        }

        @Test
        void aDispatchUidTakenByAnotherReceiverIsReportedAtConnect() {
            signal.connect(recording("first"), Order.class, "uid");
            signal.connect(recording("second"), Order.class, "uid");

            assertThat(log.at(Level.WARN)).singleElement().satisfies(record -> assertThat(record.message())
                    .contains("order_completed").contains("'uid'").contains("was not connected").contains("disconnect"));
        }

        @Test
        void reconnectingTheSameReceiverWithItsUidIsQuiet() {
            Receiver<Object> first = recording("first");
            signal.connect(first, Order.class, "uid");
            signal.connect(first, Order.class, "uid");

            assertThat(log.records()).isEmpty();
        }

        @Test
        void dispatchUidAndReceiverIdentityAreDifferentKeys() {
            Receiver<Object> a = recording("a");
            signal.connect(a, null, "uid");
            signal.connect(a);
            signal.send(null, "x");
            assertThat(calls).containsExactly("a", "a");
        }

        @Test
        void emptyDispatchUidMeansNone() {
            Receiver<Object> a = recording("a");
            signal.connect(a, null, "");
            signal.connect(a);
            signal.send(null, "x");
            assertThat(calls).containsExactly("a");
        }

        @Test
        void senderFilterMatchesTheExactObjectOnly() {
            signal.connect(recording("order"), Order.class);
            signal.connect(recording("any"));

            signal.send(SpecialOrder.class, "x");
            assertThat(calls).containsExactly("any");

            calls.clear();
            signal.send(Order.class, "x");
            assertThat(calls).containsExactly("order", "any");
        }

        @Test
        void senderFilterUsesIdentityNotEquals() {
            String sender = new String("shop");
            signal.connect(recording("shop"), sender);

            signal.send(new String("shop"), "x");
            assertThat(calls).isEmpty();

            signal.send(sender, "x");
            assertThat(calls).containsExactly("shop");
        }

        @Test
        void nullSenderRunsOnlyAnySenderReceivers() {
            signal.connect(recording("order"), Order.class);
            signal.connect(recording("any"));
            signal.send(null, "x");
            assertThat(calls).containsExactly("any");
        }

        @Test
        void sendWithoutReceiversForThatSenderReturnsTheSharedEmptyList() {
            signal.connect(recording("order"), Order.class);
            assertThat(signal.send(String.class, "x")).isEmpty();
            assertThat(signal.sendRobust(String.class, "x")).isEmpty();
            assertThat(new Signal<String>("idle").send(Order.class, "x")).isSameAs(List.of());
        }

        @Test
        void resultListIsReadOnly() {
            signal.connect(recording("a"));
            List<ReceiverResult> results = signal.send(null, "x");
            assertThatThrownBy(() -> results.add(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> results.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Disconnecting {

        @Test
        void disconnectReceiverRemovesItForEverySender() {
            Receiver<Object> a = recording("a");
            signal.connect(a, Order.class);
            signal.connect(a, String.class);
            signal.connect(a);
            signal.connect(recording("b"));

            assertThat(signal.disconnect(a)).isTrue();
            assertThat(signal.disconnect(a)).isFalse();

            signal.send(Order.class, "x");
            signal.send(String.class, "x");
            assertThat(calls).containsExactly("b", "b");
        }

        @Test
        void disconnectReceiverAndSenderRemovesOnlyThatConnection() {
            Receiver<Object> a = recording("a");
            signal.connect(a, Order.class);
            signal.connect(a, String.class);

            assertThat(signal.disconnect(a, Order.class)).isTrue();
            assertThat(signal.disconnect(a, Order.class)).isFalse();
            assertThat(signal.disconnect(a, null)).isFalse();

            signal.send(Order.class, "x");
            signal.send(String.class, "x");
            assertThat(calls).containsExactly("a");
        }

        @Test
        void disconnectReceiverWithNullSenderRemovesTheAnySenderConnection() {
            Receiver<Object> a = recording("a");
            signal.connect(a);
            signal.connect(a, Order.class);

            assertThat(signal.disconnect(a, null)).isTrue();

            signal.send(String.class, "x");
            signal.send(Order.class, "x");
            assertThat(calls).containsExactly("a");
        }

        @Test
        void disconnectDispatchUidRemovesItForEverySender() {
            signal.connect(recording("a"), Order.class, "uid");
            signal.connect(recording("b"), String.class, "uid");
            signal.connect(recording("c"), Order.class, "other");

            assertThat(signal.disconnect("uid")).isTrue();
            assertThat(signal.disconnect("uid")).isFalse();

            signal.send(Order.class, "x");
            signal.send(String.class, "x");
            assertThat(calls).containsExactly("c");
        }

        @Test
        void disconnectingAnUnknownReceiverReturnsFalse() {
            assertThat(signal.disconnect(recording("never"))).isFalse();
            assertThat(signal.disconnect(recording("never"), Order.class)).isFalse();
            assertThat(signal.disconnect("never")).isFalse();
        }

        @Test
        void aDisconnectedUidCanBeConnectedAgain() {
            signal.connect(recording("first"), null, "uid");
            signal.disconnect("uid");
            signal.connect(recording("second"), null, "uid");
            signal.send(null, "x");
            assertThat(calls).containsExactly("second");
        }
    }

    @Nested
    class HasListeners {

        @Test
        void isFalseWhileNothingIsConnected() {
            assertThat(signal.hasListeners()).isFalse();
            assertThat(signal.hasListeners(Order.class)).isFalse();
            assertThat(signal.hasListeners(null)).isFalse();
        }

        @Test
        void aSenderSpecificReceiverCountsOnlyForThatSender() {
            signal.connect(recording("a"), Order.class);
            assertThat(signal.hasListeners()).isTrue();
            assertThat(signal.hasListeners(Order.class)).isTrue();
            assertThat(signal.hasListeners(SpecialOrder.class)).isFalse();
            assertThat(signal.hasListeners(null)).isFalse();
        }

        @Test
        void anAnySenderReceiverListensToEverySender() {
            signal.connect(recording("a"));
            assertThat(signal.hasListeners(Order.class)).isTrue();
            assertThat(signal.hasListeners("whatever")).isTrue();
            assertThat(signal.hasListeners(null)).isTrue();
        }

        @Test
        void isFalseAgainOnceTheReceiverIsDisconnected() {
            Receiver<Object> a = recording("a");
            signal.connect(a, Order.class);
            signal.disconnect(a);
            assertThat(signal.hasListeners()).isFalse();
            assertThat(signal.hasListeners(Order.class)).isFalse();
        }
    }

    @Nested
    class Failures {

        @Test
        void sendStopsAtTheFirstRuntimeExceptionAndRethrowsTheSameInstance() {
            IllegalStateException boom = new IllegalStateException("boom");
            signal.connect(recording("a"));
            signal.connect((sender, payload) -> {
                throw boom;
            });
            signal.connect(recording("c"));

            assertThatThrownBy(() -> signal.send(null, "x")).isSameAs(boom);
            assertThat(calls).containsExactly("a");
        }

        @Test
        void sendRethrowsAnErrorUnchanged() {
            AssertionError error = new AssertionError("broken");
            signal.connect((sender, payload) -> {
                throw error;
            });
            signal.connect(recording("b"));

            assertThatThrownBy(() -> signal.send(null, "x")).isSameAs(error);
            assertThat(calls).isEmpty();
        }

        @Test
        void sendWrapsACheckedExceptionWithItAsTheCause() {
            IOException io = new IOException("disk");
            Receiver<Object> failing = (sender, payload) -> {
                throw io;
            };
            signal.connect(failing);
            signal.connect(recording("b"));

            assertThatThrownBy(() -> signal.send(null, "x"))
                    .isInstanceOfSatisfying(ReceiverFailedException.class, e -> {
                        assertThat(e.getCause()).isSameAs(io);
                        assertThat(e.receiver()).isSameAs(failing);
                        assertThat(e.getMessage()).contains("order_completed");
                    });
            assertThat(calls).isEmpty();
        }

        @Test
        void aWrappedInterruptKeepsTheThreadInterrupted() {
            signal.connect((sender, payload) -> {
                throw new InterruptedException();
            });
            try {
                assertThatThrownBy(() -> signal.send(null, "x")).hasCauseInstanceOf(InterruptedException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void sendRobustRunsEveryReceiverAndReturnsEachFailure() {
            IllegalStateException runtime = new IllegalStateException("runtime");
            IOException checked = new IOException("checked");
            AssertionError error = new AssertionError("error");
            signal.connect((sender, payload) -> {
                throw runtime;
            });
            signal.connect(recording("b"));
            signal.connect((sender, payload) -> {
                throw checked;
            });
            signal.connect((sender, payload) -> {
                throw error;
            });
            signal.connect(recording("e"));

            List<ReceiverResult> results = signal.sendRobust(null, "x");

            assertThat(calls).containsExactly("b", "e");
            assertThat(results).extracting(ReceiverResult::error).containsExactly(runtime, null, checked, error, null);
            assertThat(results).extracting(ReceiverResult::value).containsExactly(null, "b", null, null, "e");
        }
    }

    @Nested
    class Snapshots {

        @Test
        void aReceiverConnectedDuringASendRunsFromTheNextSendOn() {
            Receiver<Object> late = recording("late");
            signal.connect((sender, payload) -> {
                calls.add("connector");
                signal.connect(late);
                return null;
            });

            signal.send(null, "x");
            assertThat(calls).containsExactly("connector");

            calls.clear();
            signal.send(null, "x");
            assertThat(calls).containsExactly("connector", "late");
        }

        @Test
        void aReceiverDisconnectedDuringASendStillRunsInThatSend() {
            Receiver<Object> victim = recording("victim");
            signal.connect((sender, payload) -> {
                calls.add("disconnector");
                signal.disconnect(victim);
                return null;
            });
            signal.connect(victim);

            signal.send(null, "x");
            assertThat(calls).containsExactly("disconnector", "victim");

            calls.clear();
            signal.send(null, "x");
            assertThat(calls).containsExactly("disconnector");
        }
    }
}
