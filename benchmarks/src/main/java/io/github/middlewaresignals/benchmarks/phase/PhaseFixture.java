package io.github.middlewaresignals.benchmarks.phase;

import io.github.middlewaresignals.benchmarks.Exclusions;
import io.github.middlewaresignals.benchmarks.persist.BenchRow;
import io.github.middlewaresignals.benchmarks.persist.BenchRowRepository;
import io.github.middlewaresignals.benchmarks.persist.PersistBenchApplication;
import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One running Spring Boot application with Spring Data JPA on in-memory H2 whose transactions each
 * save one row and run one callback after the commit, in one {@link AfterCommitStyle}. It checks
 * that the callback really runs once per committed transaction and never for one that rolls back:
 * a benchmark whose callback never ran would measure nothing.
 */
final class PhaseFixture implements AutoCloseable {

    private final AfterCommitStyle style;
    private final ConfigurableApplicationContext context;
    private final BenchRowRepository rows;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final AfterCommitCallbacks callbacks;
    /** What the transaction does after the save to have its callback run after the commit. */
    private final Consumer<BenchRow> afterSave;
    private final LongAdder committed = new LongAdder();

    private PhaseFixture(AfterCommitStyle style, ConfigurableApplicationContext context) {
        this.style = style;
        this.context = context;
        this.rows = context.getBean(BenchRowRepository.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.callbacks = context.getBean(AfterCommitCallbacks.class);
        this.afterSave = switch (style) {
            case HAND_WRITTEN_SYNCHRONIZATION -> row -> TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            callbacks.handWrittenSynchronization();
                        }
                    });
            case AFTER_COMMIT_RECEIVER -> row -> { };
            case TRANSACTIONAL_EVENT_LISTENER -> row -> context.publishEvent(new RowSaved(row));
        };
    }

    static PhaseFixture start(AfterCommitStyle style) {
        List<String> properties = new ArrayList<>(List.of("logging.level.root=WARN"));
        if (style != AfterCommitStyle.AFTER_COMMIT_RECEIVER) {
            properties.add(Exclusions.property(Exclusions.starter()));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PersistBenchApplication.class, AfterCommitCallbacks.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties.toArray(String[]::new))
                .run();
        PhaseFixture fixture = new PhaseFixture(style, context);
        fixture.checkSetup();
        return fixture;
    }

    /** One transaction that saves one row and commits; the style's callback runs after the commit. @return the row's id */
    long saveOne() {
        long id = save(true);
        committed.increment();
        return id;
    }

    /** Checks that every committed transaction of the iteration ran the callback exactly once, then empties the table. */
    void checkCallbacksAndEmptyTable() {
        expectCount("after-commit callbacks", callbacks.callsAndReset(), committed.sumThenReset());
        jdbc.execute("truncate table bench_row");
    }

    @Override
    public void close() {
        context.close();
    }

    private long save(boolean commit) {
        Long id = transactions.execute(status -> {
            BenchRow row = rows.save(new BenchRow(1));
            afterSave.accept(row);
            if (!commit) {
                status.setRollbackOnly();
            }
            return row.getId();
        });
        return id;
    }

    /** Checks the starter is active only where the style needs it, and that the callback runs after a commit and only then. */
    private void checkSetup() {
        boolean starterActive = context.getBeanNamesForType(Signal.class).length > 0
                || context.getBeanProvider(ModelSignals.class).getIfAvailable() != null;
        if (starterActive != (style == AfterCommitStyle.AFTER_COMMIT_RECEIVER)) {
            throw new IllegalStateException("The starter is " + (starterActive ? "active" : "excluded") + " for " + style);
        }
        if (style == AfterCommitStyle.AFTER_COMMIT_RECEIVER) {
            List<ConnectedReceiver> receivers = context.getBean(ModelSignals.class).postSave().receivers();
            if (receivers.size() != 1 || receivers.get(0).phase() != Phase.AFTER_COMMIT || receivers.get(0).sender() != BenchRow.class) {
                throw new IllegalStateException("Expected one AFTER_COMMIT post_save receiver for BenchRow, found " + receivers);
            }
        }
        save(false);
        expectCount("after-commit callbacks after a rollback", callbacks.callsAndReset(), 0);
        save(true);
        expectCount("after-commit callbacks after one commit", callbacks.callsAndReset(), 1);
        jdbc.execute("truncate table bench_row");
    }

    private static void expectCount(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " " + what + ", found " + actual
                    + ": the benchmark would not measure what it claims");
        }
    }
}
