package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalMuteTest {

    private final Signal<String> orders = new Signal<>("order_completed");
    private final Signal<String> refunds = new Signal<>("order_refunded");
    private final List<String> calls = new CopyOnWriteArrayList<>();

    SignalMuteTest() {
        orders.connect((sender, payload) -> calls.add("order:" + payload));
        refunds.connect((sender, payload) -> calls.add("refund:" + payload));
    }

    @Test
    void aMutedSignalReachesNoReceiverUntilTheMutingIsClosed() {
        try (Signal.Muting muted = Signal.mute(orders)) {
            assertThat(orders.send("shop", "o1")).isEmpty();
            refunds.send("shop", "r1");
        }
        orders.send("shop", "o2");

        assertThat(calls).containsExactly("refund:r1", "order:o2");
    }

    @Test
    void mutingsNest() {
        try (Signal.Muting outer = Signal.mute(orders)) {
            try (Signal.Muting inner = Signal.mute(orders, refunds)) {
                orders.send("shop", "o1");
                refunds.send("shop", "r1");
            }
            orders.send("shop", "o2");
            refunds.send("shop", "r2");
        }
        orders.send("shop", "o3");

        assertThat(calls).containsExactly("refund:r2", "order:o3");
    }

    @Test
    void otherThreadsStillSend() throws Exception {
        try (Signal.Muting muted = Signal.mute(orders)) {
            CompletableFuture.runAsync(() -> orders.send("shop", "elsewhere")).get(5, TimeUnit.SECONDS);
            orders.send("shop", "here");
        }

        assertThat(calls).containsExactly("order:elsewhere");
    }

    @Test
    void mutesEveryKindOfSendAndTheMonitors() throws Exception {
        SignalMonitorTest.Recorder monitor = new SignalMonitorTest.Recorder(true);
        orders.addMonitor(monitor);
        try (Signal.Muting muted = Signal.mute(orders)) {
            orders.send("shop", "o1");
            orders.sendRobust("shop", "o2");
            assertThat(orders.asend("shop", "o3").get(5, TimeUnit.SECONDS)).isEmpty();
            orders.asendRobust("shop", "o4").get(5, TimeUnit.SECONDS);
        }

        assertThat(calls).isEmpty();
        assertThat(monitor.seen).isEmpty();
    }

    @Test
    void closingTwiceClosesOnce() {
        Signal.Muting outer = Signal.mute(orders);
        Signal.Muting inner = Signal.mute(orders);
        inner.close();
        inner.close();

        orders.send("shop", "o1");
        outer.close();
        orders.send("shop", "o2");

        assertThat(calls).containsExactly("order:o2");
    }

    @Test
    void aMutingIsClosedOnTheThreadThatOpenedIt() throws Exception {
        Signal.Muting muted = Signal.mute(orders);
        try {
            CompletableFuture<Void> elsewhere = CompletableFuture.runAsync(muted::close);
            assertThatThrownBy(() -> elsewhere.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("thread-confined");
        } finally {
            muted.close();
        }
    }

    @Test
    void muteNeedsAtLeastOneSignal() {
        assertThatThrownBy(Signal::mute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Name the signals to mute");
    }
}
