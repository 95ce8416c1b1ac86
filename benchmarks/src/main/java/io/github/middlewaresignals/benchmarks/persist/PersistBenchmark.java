package io.github.middlewaresignals.benchmarks.persist;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the model-signal bridge costs a Spring Data JPA application on in-memory H2.
 * <p>
 * The insert benchmarks save {@value PersistFixture#BATCH_SIZE} new rows per transaction through
 * the repository; the table is emptied after every iteration so each one starts alike. The bulk
 * benchmarks run one JPQL {@code update} over {@value #BULK_ROWS} rows per transaction. The update
 * benchmarks load {@value #UPDATED_ROWS} rows and change each one per transaction (one UPDATE per
 * row at the commit), with a {@code post_save} receiver that reads what changed or does not.
 * <p>
 * Hibernate's and H2's code paths are long: they need more warm-up than the signal benchmarks
 * before the JIT has compiled them, hence ten warm-up iterations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PersistBenchmark {

    static final int BULK_ROWS = 100_000;
    static final int UPDATED_ROWS = 100;

    /** Inserts into an application started with the given starter setup. */
    abstract static class Inserts {

        PersistFixture fixture;

        void start(StarterSetup setup) {
            fixture = PersistFixture.start(setup);
        }

        @TearDown(Level.Iteration)
        public void check() {
            fixture.checkInsertsAndEmptyTable();
        }

        @TearDown(Level.Trial)
        public void close() {
            fixture.close();
        }
    }

    @State(Scope.Benchmark)
    public static class WithoutStarter extends Inserts {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.EXCLUDED);
        }
    }

    @State(Scope.Benchmark)
    public static class StarterNoReceivers extends Inserts {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.NO_RECEIVERS);
        }
    }

    @State(Scope.Benchmark)
    public static class StarterPreAndPostSaveReceivers extends Inserts {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.PRE_AND_POST_SAVE_RECEIVERS);
        }
    }

    /** A table of {@value #BULK_ROWS} rows in an application started with the given starter setup. */
    abstract static class BulkRows {

        PersistFixture fixture;

        void start(StarterSetup setup) {
            fixture = PersistFixture.start(setup);
            fixture.fillTable(BULK_ROWS);
            if (fixture.rowCount() != BULK_ROWS) {
                throw new IllegalStateException("Expected " + BULK_ROWS + " rows, found " + fixture.rowCount());
            }
        }

        int incrementAllVisits() {
            int updated = fixture.incrementAllVisits();
            if (updated != BULK_ROWS) {
                throw new IllegalStateException("The bulk update changed " + updated + " rows, not " + BULK_ROWS);
            }
            return updated;
        }

        @TearDown(Level.Trial)
        public void close() {
            fixture.close();
        }
    }

    @State(Scope.Benchmark)
    public static class BulkWithoutStarter extends BulkRows {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.EXCLUDED);
        }
    }

    /** With the starter and its pre_save/post_save receivers connected: a bulk update must still fire nothing. */
    @State(Scope.Benchmark)
    public static class BulkWithStarter extends BulkRows {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.PRE_AND_POST_SAVE_RECEIVERS);
        }

        @TearDown(Level.Iteration)
        public void check() {
            fixture.checkBulkUpdatesFiredNothing();
        }
    }

    /** A table of {@value #UPDATED_ROWS} rows that every operation loads and changes. */
    abstract static class Updates {

        PersistFixture fixture;

        void start(StarterSetup setup) {
            fixture = PersistFixture.start(setup);
            fixture.fillTable(UPDATED_ROWS);
        }

        int visitEveryRow() {
            int changed = fixture.visitEveryRow();
            if (changed != UPDATED_ROWS) {
                throw new IllegalStateException("Changed " + changed + " rows, not " + UPDATED_ROWS);
            }
            return changed;
        }

        @TearDown(Level.Iteration)
        public void check() {
            fixture.checkUpdates();
        }

        @TearDown(Level.Trial)
        public void close() {
            fixture.close();
        }
    }

    @State(Scope.Benchmark)
    public static class UpdatesWithoutStarter extends Updates {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.EXCLUDED);
        }
    }

    @State(Scope.Benchmark)
    public static class UpdatesCountedByAPostSaveReceiver extends Updates {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.POST_SAVE_RECEIVER);
        }
    }

    @State(Scope.Benchmark)
    public static class UpdatesReadByAPostSaveReceiver extends Updates {

        @Setup(Level.Trial)
        public void setUp() {
            start(StarterSetup.POST_SAVE_RECEIVER_READING_CHANGES);
        }
    }

    @Benchmark
    public long withoutStarter(WithoutStarter state) {
        return state.fixture.insertBatch();
    }

    @Benchmark
    public long starterNoReceivers(StarterNoReceivers state) {
        return state.fixture.insertBatch();
    }

    @Benchmark
    public long starterPreAndPostSaveReceivers(StarterPreAndPostSaveReceivers state) {
        return state.fixture.insertBatch();
    }

    @Benchmark
    public int bulkUpdateWithoutStarter(BulkWithoutStarter state) {
        return state.incrementAllVisits();
    }

    @Benchmark
    public int bulkUpdateWithStarter(BulkWithStarter state) {
        return state.incrementAllVisits();
    }

    @Benchmark
    public int updateWithoutStarter(UpdatesWithoutStarter state) {
        return state.visitEveryRow();
    }

    /** The baseline of the next one: the same receiver calls, none of them asking what changed. */
    @Benchmark
    public int starterPostSaveReceiverCountingUpdates(UpdatesCountedByAPostSaveReceiver state) {
        return state.visitEveryRow();
    }

    @Benchmark
    public int starterPostSaveReceiverReadingChanges(UpdatesReadByAPostSaveReceiver state) {
        return state.visitEveryRow();
    }
}
