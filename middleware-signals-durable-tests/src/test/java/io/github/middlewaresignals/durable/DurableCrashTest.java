package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The crash a durable receiver is for: the JVM dies after the sending transaction committed and before
 * the receiver finished. The application is a real second JVM, killed with {@code destroyForcibly()}
 * (SIGKILL: no shutdown hook, no context close, no chance to tidy up), so the test shows what survives in
 * the database alone, which an abrupt context close in the same JVM could not show.
 */
@ExtendWith(OutputCaptureExtension.class)
class DurableCrashTest {

    private static final String PUBLICATIONS = "select count(*) from event_publication where listener_id = '"
            + InvoiceReceivers.class.getName() + "#invoice' and completion_date is ";

    @TempDir
    Path directory;

    @Test
    void runsTheDeliveryOfAKilledApplicationExactlyOnceMoreOnRestartAndCompletesIt(CapturedOutput output) throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("crash") + ";DB_CLOSE_ON_EXIT=FALSE";

        Process application = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BlockedAfterCommitApplication.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            StringBuilder childOutput = new StringBuilder();
            assertThat(awaitLine(application, BlockedAfterCommitApplication.BLOCKED, 180, childOutput))
                    .as("the child application committed the send and its receiver blocked; its output:%n%s", childOutput).isTrue();
        }
        finally {
            application.destroyForcibly();
            assertThat(application.waitFor(60, TimeUnit.SECONDS)).as("the child JVM is gone").isTrue();
        }

        JdbcTemplate database = new JdbcTemplate(dataSource(url));
        assertThat(database.queryForObject(PUBLICATIONS + "null", Long.class)).as("the crash left the delivery incomplete").isEqualTo(1);
        assertThat(database.queryForObject("select count(*) from invoice", Long.class)).isZero();

        try (ConfigurableApplicationContext restarted = start(url)) {
            ReceiverScript script = restarted.getBean(ReceiverScript.class);
            assertThat(script.calls).as("run once more, during the restart").hasSize(1);
            assertThat(output).contains("Resubmitted 1 incomplete delivery of durable and externalized signals");
            assertThat(script.calls.get(0).payload()).isEqualTo(new OrderCompleted(42, new java.math.BigDecimal("99.50")));
            assertThat(script.calls.get(0).sender()).isEqualTo(BlockedAfterCommitApplication.class);
        }
        assertThat(database.queryForObject(PUBLICATIONS + "not null", Long.class)).as("the registry shows it completed").isEqualTo(1);
        assertThat(database.queryForObject(PUBLICATIONS + "null", Long.class)).isZero();
        assertThat(database.queryForObject("select count(*) from invoice", Long.class)).isEqualTo(1);

        try (ConfigurableApplicationContext again = start(url)) {
            assertThat(again.getBean(ReceiverScript.class).calls).as("a completed delivery is not run again").isEmpty();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(DurableTestApplication.class)
                .properties("spring.datasource.url=" + url, "signals.durable.republish-on-restart=true")
                .run();
    }

    private static DataSource dataSource(String url) throws Exception {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }

    /** Reads the process's output on a thread of its own, so that the wait for the line is bounded. */
    private static boolean awaitLine(Process process, String expected, long seconds, StringBuilder output) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader reading = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reading.readLine()) != null; ) {
                    lines.add(line);
                }
            }
            catch (java.io.IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && (process.isAlive() || !lines.isEmpty() || reader.isAlive())) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                output.append(line).append('\n');
                if (line.contains(expected)) {
                    return true;
                }
            }
        }
        return false;
    }
}
