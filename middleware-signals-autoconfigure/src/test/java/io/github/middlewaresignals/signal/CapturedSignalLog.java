package io.github.middlewaresignals.signal;

import java.util.List;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures what the signal core logs to its logger {@code io.github.middlewaresignals.signal.Signal}
 * (through SLF4J, bound to Logback in the tests). Register with {@code @RegisterExtension}.
 */
final class CapturedSignalLog implements BeforeEachCallback, AfterEachCallback {

    /** One captured line: its level, its message with the arguments filled in, and the exception it carries. */
    record Line(Level level, String message, Throwable thrown) {
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.middlewaresignals.signal.Signal");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.detachAppender(appender);
        appender.stop();
    }

    List<Line> records() {
        return List.copyOf(appender.list).stream()
                .map(event -> new Line(event.getLevel(), event.getFormattedMessage(),
                        event.getThrowableProxy() instanceof ThrowableProxy proxy ? proxy.getThrowable() : null))
                .toList();
    }

    List<Line> at(Level level) {
        return records().stream().filter(line -> line.level() == level).toList();
    }
}
