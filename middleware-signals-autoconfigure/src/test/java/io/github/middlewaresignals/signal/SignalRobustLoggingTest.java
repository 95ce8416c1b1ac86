package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core logs through System.Logger, which reaches java.util.logging unless another backend is installed. */
class SignalRobustLoggingTest {

    private final Logger julLogger = Logger.getLogger(Signal.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final Signal<String> signal = new Signal<>("order_completed");

    @BeforeEach
    void attach() {
        capture.setLevel(Level.ALL);
        julLogger.addHandler(capture);
    }

    @AfterEach
    void detach() {
        julLogger.removeHandler(capture);
    }

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

        assertThat(records).hasSize(2);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.SEVERE);
        assertThat(records.get(0).getMessage()).contains("Billing#charge").contains("order_completed");
        assertThat(records.get(0).getThrown()).isSameAs(first);
        assertThat(records.get(1).getMessage()).contains("Mail#confirm");
        assertThat(records.get(1).getThrown()).isSameAs(second);
    }

    @Test
    void asendRobustLogsEachFailureToo() throws Exception {
        IllegalStateException failure = new IllegalStateException("async");
        signal.connect(failing("Audit#record", failure));

        signal.asendRobust(null, "x").get(10, TimeUnit.SECONDS);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getMessage()).contains("Audit#record");
            assertThat(record.getThrown()).isSameAs(failure);
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
        assertThat(records).isEmpty();
    }
}
