package io.github.middlewaresignals.benchmarks.phase;

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
 * What running one callback after a commit costs, three ways, on Spring Data JPA and in-memory H2.
 * <p>
 * One operation is one transaction that saves one new row through the repository and commits;
 * after the commit one callback runs that only counts. {@code handWrittenSynchronization} and
 * {@code transactionalEventListener} run in plain Spring Boot (the starter's auto-configurations
 * excluded), {@code afterCommitReceiver} with the starter and one {@code AFTER_COMMIT}
 * {@code @SignalReceiver} of the row's {@code post_save}. Each state checks at set-up that its
 * callback runs after a commit and not after a rollback, and after every iteration that it ran
 * once per operation; the table is emptied after every iteration so each one starts alike.
 * <p>
 * The warm-up is that of the persistence benchmark: Hibernate's and H2's code paths are long.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TransactionPhaseBenchmark {

    /** An application started with the given style of after-commit callback. */
    abstract static class Transactions {

        PhaseFixture fixture;

        void start(AfterCommitStyle style) {
            fixture = PhaseFixture.start(style);
        }

        @TearDown(Level.Iteration)
        public void check() {
            fixture.checkCallbacksAndEmptyTable();
        }

        @TearDown(Level.Trial)
        public void close() {
            fixture.close();
        }
    }

    @State(Scope.Benchmark)
    public static class HandWrittenSynchronization extends Transactions {

        @Setup(Level.Trial)
        public void setUp() {
            start(AfterCommitStyle.HAND_WRITTEN_SYNCHRONIZATION);
        }
    }

    @State(Scope.Benchmark)
    public static class AfterCommitReceiver extends Transactions {

        @Setup(Level.Trial)
        public void setUp() {
            start(AfterCommitStyle.AFTER_COMMIT_RECEIVER);
        }
    }

    @State(Scope.Benchmark)
    public static class TransactionalEventListener extends Transactions {

        @Setup(Level.Trial)
        public void setUp() {
            start(AfterCommitStyle.TRANSACTIONAL_EVENT_LISTENER);
        }
    }

    @Benchmark
    public long handWrittenSynchronization(HandWrittenSynchronization state) {
        return state.fixture.saveOne();
    }

    @Benchmark
    public long afterCommitReceiver(AfterCommitReceiver state) {
        return state.fixture.saveOne();
    }

    @Benchmark
    public long transactionalEventListener(TransactionalEventListener state) {
        return state.fixture.saveOne();
    }
}
