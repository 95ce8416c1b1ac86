package io.github.middlewaresignals.benchmarks.persist;

import io.github.middlewaresignals.benchmarks.Exclusions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One running Spring Boot application with Spring Data JPA on in-memory H2, with or without the
 * starter, and the operations the persistence benchmark times. It also checks that each setup
 * really is what its benchmark claims: a benchmark whose receivers never ran would measure nothing.
 */
final class PersistFixture implements AutoCloseable {

    static final int BATCH_SIZE = 100;

    private final StarterSetup setup;
    private final ConfigurableApplicationContext context;
    private final BenchRowRepository rows;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final SaveReceivers receivers;
    private final CountingPostSaveReceiver countingReceiver;
    private final ChangeReadingPostSaveReceiver changeReadingReceiver;
    private final LongAdder inserted = new LongAdder();
    private final LongAdder updated = new LongAdder();

    private PersistFixture(StarterSetup setup, ConfigurableApplicationContext context) {
        this.setup = setup;
        this.context = context;
        this.rows = context.getBean(BenchRowRepository.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.receivers = context.getBeanProvider(SaveReceivers.class).getIfAvailable();
        this.countingReceiver = context.getBeanProvider(CountingPostSaveReceiver.class).getIfAvailable();
        this.changeReadingReceiver = context.getBeanProvider(ChangeReadingPostSaveReceiver.class).getIfAvailable();
    }

    static PersistFixture start(StarterSetup setup) {
        List<String> properties = new ArrayList<>(List.of("logging.level.root=WARN"));
        List<Class<?>> sources = new ArrayList<>(List.of(PersistBenchApplication.class));
        switch (setup) {
            case EXCLUDED -> properties.add(Exclusions.property(Exclusions.starter()));
            case NO_RECEIVERS -> { }
            case PRE_AND_POST_SAVE_RECEIVERS -> sources.add(SaveReceivers.class);
            case POST_SAVE_RECEIVER -> sources.add(CountingPostSaveReceiver.class);
            case POST_SAVE_RECEIVER_READING_CHANGES -> sources.add(ChangeReadingPostSaveReceiver.class);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties.toArray(String[]::new))
                .run();
        PersistFixture fixture = new PersistFixture(setup, context);
        fixture.checkStarter();
        return fixture;
    }

    /** Inserts one batch of rows in one transaction. @return the sum of the generated ids */
    long insertBatch() {
        Long idSum = transactions.execute(status -> {
            long sum = 0;
            for (int i = 0; i < BATCH_SIZE; i++) {
                sum += rows.save(new BenchRow(i)).getId();
            }
            return sum;
        });
        inserted.add(BATCH_SIZE);
        return idSum;
    }

    /**
     * Loads every row and adds one visit to each: one UPDATE per row at the commit.
     *
     * @return the number of rows changed
     */
    int visitEveryRow() {
        Integer changed = transactions.execute(status -> {
            List<BenchRow> all = rows.findAll();
            all.forEach(BenchRow::visit);
            return all.size();
        });
        updated.add(changed);
        return changed;
    }

    /** Adds one visit to every row with a single JPQL bulk update. @return the number of rows updated */
    int incrementAllVisits() {
        Integer updated = transactions.execute(status -> rows.incrementAllVisits());
        return updated;
    }

    void fillTable(int rowCount) {
        jdbc.update("insert into bench_row (visits) select 0 from system_range(1, ?)", rowCount);
    }

    long rowCount() {
        return rows.count();
    }

    /** Checks that the receivers ran once per inserted row (or, without receivers, that nothing counted), then empties the table. */
    void checkInsertsAndEmptyTable() {
        long insertedRows = inserted.sumThenReset();
        if (receivers != null) {
            expectCount("pre_save receiver calls", receivers.preSavesAndReset(), insertedRows);
            expectCount("post_save receiver calls", receivers.postSavesAndReset(), insertedRows);
        }
        expectCount("rows in the table", rowCount(), insertedRows);
        jdbc.execute("truncate table bench_row");
    }

    /** Checks that the post_save receiver ran once per updated row and, when it reads changes, got every answer right. */
    void checkUpdates() {
        long updatedRows = updated.sumThenReset();
        if (countingReceiver != null) {
            expectCount("post_save receiver calls", countingReceiver.postSavesAndReset(), updatedRows);
        }
        if (changeReadingReceiver != null) {
            expectCount("post_save receiver calls", changeReadingReceiver.postSavesAndReset(), updatedRows);
            expectCount("wrong hasChanged/previous answers", changeReadingReceiver.wrongAnswersAndReset(), 0);
        }
    }

    /** Checks that a bulk update fired no model signal, as documented. */
    void checkBulkUpdatesFiredNothing() {
        if (receivers != null) {
            expectCount("pre_save receiver calls after bulk updates", receivers.preSavesAndReset(), 0);
            expectCount("post_save receiver calls after bulk updates", receivers.postSavesAndReset(), 0);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private void checkStarter() {
        ModelSignals modelSignals = context.getBeanProvider(ModelSignals.class).getIfAvailable();
        switch (setup) {
            case EXCLUDED -> {
                if (modelSignals != null || context.getBeanNamesForType(Signal.class).length > 0) {
                    throw new IllegalStateException("The starter was meant to be excluded, but its signals are beans");
                }
            }
            case NO_RECEIVERS -> {
                if (modelSignals == null) {
                    throw new IllegalStateException("The starter is not active: there is no ModelSignals bean");
                }
            }
            case PRE_AND_POST_SAVE_RECEIVERS -> {
                if (modelSignals == null
                        || !modelSignals.preSave().hasListeners(BenchRow.class)
                        || !modelSignals.postSave().hasListeners(BenchRow.class)) {
                    throw new IllegalStateException("The @SignalReceiver methods of SaveReceivers are not connected");
                }
            }
            case POST_SAVE_RECEIVER, POST_SAVE_RECEIVER_READING_CHANGES -> {
                if (modelSignals == null || modelSignals.preSave().hasListeners() || !modelSignals.postSave().hasListeners(BenchRow.class)) {
                    throw new IllegalStateException("Expected one post_save receiver for BenchRow and no pre_save receiver");
                }
            }
        }
    }

    private static void expectCount(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " " + what + ", found " + actual
                    + ": the benchmark would not measure what it claims");
        }
    }
}
