package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignalRobustLoggingTest {

    @RegisterExtension
    final CapturedSignalLog log = new CapturedSignalLog();

    private final Signal<String> signal = new Signal<>("order_completed");

    private static Receiver<Object> failing(String name, Exception exception) {
        return new Receiver<>() {
            @Override
            public Object receive(Object sender, Object payload) throws Exception {
                throw exception;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @Test
    void sendRobustLogsEachFailureWithTheReceiversName() {
        IllegalStateException first = new IllegalStateException("first");
        IOException second = new IOException("second");
        signal.connect(failing("Billing#charge", first));
        signal.connect((sender, payload) -> "ok");
        signal.connect(failing("Mail#confirm", second));

        signal.sendRobust(null, "x");

        assertThat(log.records()).hasSize(2);
        assertThat(log.records().get(0).level()).isEqualTo(Level.ERROR);
        assertThat(log.records().get(0).message()).contains("Billing#charge").contains("order_completed");
        assertThat(log.records().get(0).thrown()).isSameAs(first);
        assertThat(log.records().get(1).message()).contains("Mail#confirm");
        assertThat(log.records().get(1).thrown()).isSameAs(second);
    }

    @Test
    void asendRobustLogsEachFailureToo() throws Exception {
        IllegalStateException failure = new IllegalStateException("async");
        signal.connect(failing("Audit#record", failure));

        signal.asendRobust(null, "x").get(10, TimeUnit.SECONDS);

        assertThat(log.records()).singleElement().satisfies(record -> {
            assertThat(record.message()).contains("Audit#record");
            assertThat(record.thrown()).isSameAs(failure);
        });
    }

    @Test
    void sendDoesNotLogWhatItThrows() {
        signal.connect(failing("Billing#charge", new IllegalStateException()));
        try {
            signal.send(null, "x");
        } catch (IllegalStateException expected) {
            // the caller owns the failure
        }
        assertThat(log.records()).isEmpty();
    }
}
