package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalMonitorTest {

    private final Signal<String> signal = new Signal<>("order_completed");

    /** Writes what it sees as lines, so one assertion shows the order of the calls. */
    static final class Recorder implements SignalMonitor {
        final List<String> seen = new CopyOnWriteArrayList<>();
        private final boolean unheard;

        Recorder(boolean unheard) {
            this.unheard = unheard;
        }

        @Override
        public boolean watchesUnheardSends() {
            return unheard;
        }

        @Override
        public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
            seen.add("start " + signal + " " + sender + " " + payload + (concurrent ? " concurrent" : ""));
            return "token-" + payload;
        }

        @Override
        public void receiverFinished(String signal, ConnectedReceiver receiver, Object sender, Object payload, Throwable failure) {
            seen.add("ran " + receiver.receiver() + (failure == null ? "" : " failed " + failure.getMessage()));
        }

        @Override
        public void sendFinished(String signal, Object sender, Object payload, Object started, Throwable failure) {
            seen.add("end " + started + (failure == null ? "" : " failed " + failure.getMessage()));
        }
    }

    private static Receiver<Object> named(String name, RuntimeException failure) {
        return new Receiver<>() {
            @Override
            public Object receive(Object sender, Object payload) {
                if (failure != null) {
                    throw failure;
                }
                return null;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @Test
    void aMonitorSeesTheSendAndEachReceiverInOrder() {
        Recorder monitor = new Recorder(false);
        signal.addMonitor(monitor);
        signal.connect(named("a", null));
        signal.connect(named("b", new IllegalStateException("boom")));

        signal.sendRobust("shop", "o1");

        assertThat(monitor.seen).containsExactly("start order_completed shop o1", "ran a", "ran b failed boom", "end token-o1");
    }

    @Test
    void aFailedSendIsReportedAsFailed() {
        Recorder monitor = new Recorder(false);
        signal.addMonitor(monitor);
        signal.connect(named("b", new IllegalStateException("boom")));

        assertThatThrownBy(() -> signal.send("shop", "o1")).hasMessage("boom");

        assertThat(monitor.seen).containsExactly("start order_completed shop o1", "ran b failed boom", "end token-o1 failed boom");
    }

    @Test
    void onlyMonitorsThatAskSeeSendsNoReceiverHears() {
        Recorder counter = new Recorder(false);
        Recorder recorder = new Recorder(true);
        signal.addMonitor(counter);
        assertThat(signal.isHeard("shop")).isFalse();
        signal.addMonitor(recorder);
        assertThat(signal.isHeard("shop")).isTrue();
        assertThat(signal.hasListeners("shop")).isFalse();

        signal.send("shop", "o1");

        assertThat(counter.seen).isEmpty();
        assertThat(recorder.seen).containsExactly("start order_completed shop o1", "end token-o1");
    }

    @Test
    void aDeferredReceiverIsReportedWhenItRuns() {
        TestTransactions transactions = new TestTransactions();
        signal.useDeliveryScheduler(transactions);
        Recorder monitor = new Recorder(false);
        signal.addMonitor(monitor);
        signal.connect(named("later", null), ReceiverOptions.at(Phase.AFTER_COMMIT));
        transactions.begin();

        signal.send("shop", "o1");
        assertThat(monitor.seen).containsExactly("start order_completed shop o1", "end token-o1");
        transactions.commit();

        assertThat(monitor.seen).containsExactly("start order_completed shop o1", "end token-o1", "ran later");
    }

    @Test
    void asendIsReportedAsConcurrentAndEndsWhenTheLastReceiverDid() throws Exception {
        Recorder monitor = new Recorder(false);
        signal.addMonitor(monitor);
        signal.connect(named("a", null));

        signal.asend("shop", "o1").get(5, TimeUnit.SECONDS);

        assertThat(monitor.seen).containsExactly("start order_completed shop o1 concurrent", "ran a", "end token-o1");
    }

    @Test
    void aMonitorThatThrowsDoesNotDisturbTheSend() {
        signal.addMonitor(new SignalMonitor() {
            @Override
            public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
                throw new IllegalStateException("broken monitor");
            }
        });
        List<String> calls = new CopyOnWriteArrayList<>();
        signal.connect((sender, payload) -> calls.add("ran"));

        signal.send("shop", "o1");

        assertThat(calls).containsExactly("ran");
    }

    @Test
    void aRemovedMonitorSeesNoMoreSends() {
        Recorder monitor = new Recorder(true);
        signal.addMonitor(monitor);
        signal.addMonitor(monitor);
        assertThat(signal.removeMonitor(monitor)).isTrue();
        assertThat(signal.removeMonitor(monitor)).isFalse();

        signal.send("shop", "o1");

        assertThat(monitor.seen).isEmpty();
    }

    @Test
    void receiversListsEveryConnectionWithItsOptions() {
        Receiver<Object> a = named("a", null);
        signal.connect(a, "shop", "uid-a");
        signal.connect(a, ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(true));

        assertThat(signal.receivers()).satisfiesExactly(
                first -> {
                    assertThat(first.receiver()).isSameAs(a);
                    assertThat(first.sender()).isEqualTo("shop");
                    assertThat(first.dispatchUid()).isEqualTo("uid-a");
                    assertThat(first.phase()).isEqualTo(Phase.IMMEDIATE);
                },
                second -> {
                    assertThat(second.sender()).isNull();
                    assertThat(second.phase()).isEqualTo(Phase.AFTER_COMMIT);
                    assertThat(second.async()).isTrue();
                });
    }
}
