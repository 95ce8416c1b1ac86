package io.github.middlewaresignals.signal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what the signal core logs. The core logs through System.Logger, which reaches
 * java.util.logging unless another backend is installed. Register with {@code @RegisterExtension}.
 */
final class CapturedSignalLog implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger = Logger.getLogger("io.github.middlewaresignals.signal.Signal");
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

    @Override
    public void beforeEach(ExtensionContext context) {
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(capture);
        records.clear();
    }

    List<LogRecord> records() {
        return records;
    }

    List<LogRecord> at(Level level) {
        return records.stream().filter(record -> record.getLevel() == level).toList();
    }
}
