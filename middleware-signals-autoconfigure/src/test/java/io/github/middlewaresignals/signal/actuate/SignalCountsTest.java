package io.github.middlewaresignals.signal.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.DeferredDelivery;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counts the signals endpoint reports: sends, each receiver's runs and failures, the latest failures. */
class SignalCountsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");

    private final SignalRegistry registry = new SignalRegistry();
    private final SignalCounts counts = new SignalCounts(registry, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Signal<String> signal = new Signal<>("order_completed");

    @BeforeEach
    void watch() {
        registry.register(signal);
        signal.addMonitor(counts);
    }

    @Test
    void countsSendsAndEachReceiversRunsAndFailures() {
        Receiver<String> ok = (sender, payload) -> null;
        Receiver<String> failing = (sender, payload) -> {
            throw new IllegalStateException("no stock for " + payload);
        };
        signal.connect(ok);
        signal.connect(failing);

        signal.sendRobust(String.class, "a");
        signal.sendRobust(String.class, "b");
        assertThatIllegalStateException().isThrownBy(() -> signal.send(String.class, "c")).withMessage("no stock for c");

        assertThat(counts.sends("order_completed")).isEqualTo(3);
        assertThat(counts.count("order_completed", connection(ok))).isEqualTo(new SignalCounts.ReceiverCount(3, 0));
        assertThat(counts.count("order_completed", connection(failing))).isEqualTo(new SignalCounts.ReceiverCount(3, 3));
        assertThat(counts.recentFailures()).first().isEqualTo(new ReceiverFailure(NOW, "order_completed",
                ReceiverNames.of(failing), String.class.getName(), IllegalStateException.class.getName(), "no stock for c"));
    }

    @Test
    void countsAReceiverDeferredToItsPhaseWhenItRunsThere() {
        List<DeferredDelivery> waiting = new ArrayList<>();
        signal.useDeliveryScheduler(delivery -> waiting.add(delivery));
        Receiver<String> afterCommit = (sender, payload) -> {
            throw new IllegalArgumentException("mail server down");
        };
        signal.connect(afterCommit, ReceiverOptions.at(Phase.AFTER_COMMIT));

        signal.send(null, "order 7");
        assertThat(counts.sends("order_completed")).isEqualTo(1);
        assertThat(counts.count("order_completed", connection(afterCommit)).runs()).isZero();

        waiting.forEach(DeferredDelivery::run);
        assertThat(counts.count("order_completed", connection(afterCommit))).isEqualTo(new SignalCounts.ReceiverCount(1, 1));
        assertThat(counts.recentFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.exception()).isEqualTo(IllegalArgumentException.class.getName());
            assertThat(failure.sender()).isNull();
        });
    }

    @Test
    void keepsTheLatestFiftyFailuresNewestFirst() {
        signal.connect((sender, payload) -> {
            throw new IllegalStateException(payload);
        });
        for (int i = 1; i <= 60; i++) {
            signal.sendRobust(null, "failure " + i);
        }

        assertThat(counts.recentFailures()).hasSize(SignalCounts.RECENT_FAILURES)
                .extracting(ReceiverFailure::message).startsWith("failure 60", "failure 59").endsWith("failure 11");
    }

    @Test
    void doesNotCountSendsNoReceiverHears() {
        signal.send(null, "nobody listens");

        assertThat(counts.sends("order_completed")).isZero();
    }

    @Test
    void forgetsTheCountsOfDisconnectedReceivers() {
        Receiver<String> first = (sender, payload) -> null;
        signal.connect(first);
        signal.send(null, "a");
        ConnectedReceiver firstConnection = connection(first);
        signal.disconnect(first);
        Receiver<String> second = (sender, payload) -> "second";
        signal.connect(second);
        signal.send(null, "b");

        assertThat(counts.count("order_completed", firstConnection).runs()).isZero();
        assertThat(counts.count("order_completed", connection(second)).runs()).isEqualTo(1);
    }

    @Test
    void namesAReceiverMethodByItselfAndALambdaByItsStableClassName() {
        Receiver<String> named = new Receiver<>() {
            @Override
            public Object receive(Object sender, String payload) {
                return null;
            }

            @Override
            public String toString() {
                return "com.example.ProfileReceivers#createProfile";
            }
        };
        Receiver<String> lambda = (sender, payload) -> null;

        assertThat(ReceiverNames.of(named)).isEqualTo("com.example.ProfileReceivers#createProfile");
        assertThat(ReceiverNames.of(lambda)).isEqualTo(SignalCountsTest.class.getName() + "$$Lambda");
        assertThat(ReceiverNames.sender(String.class)).isEqualTo("java.lang.String");
        assertThat(ReceiverNames.sender(new StringBuilder())).isEqualTo("java.lang.StringBuilder");
    }

    private ConnectedReceiver connection(Receiver<String> receiver) {
        return signal.receivers().stream().filter(connected -> connected.receiver() == receiver).findFirst().orElseThrow();
    }
}
