package io.github.middlewaresignals.benchmarks.durable;

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
 * What a durable receiver costs: one transaction saving one entity and announcing it, delivered to one
 * receiver, on Spring Data JPA and Spring Modulith's JPA registry on in-memory H2. Compared with a plain
 * {@code AFTER_COMMIT} receiver (on the committing thread, and async) and with Spring Modulith's own
 * {@code @ApplicationModuleListener}, which is async and recorded like a durable receiver. Each operation
 * ends when the delivery is done (for a recorded one: completed in the registry), whichever thread runs
 * it. Run with {@code -prof gc} for the allocation per operation; each application prints the SQL
 * statements one operation costs before it is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DurableDeliveryBenchmark {

    /** An application started with one way of delivering. */
    abstract static class Application {

        DeliveryFixture fixture;

        void start(Delivery delivery) throws InterruptedException {
            fixture = DeliveryFixture.start(delivery);
            fixture.printStatementsPerOperation(1000);
            fixture.checkAndEmptyTables();
        }

        @TearDown(Level.Iteration)
        public void check() {
            fixture.checkAndEmptyTables();
        }

        @TearDown(Level.Trial)
        public void close() {
            fixture.close();
        }
    }

    @State(Scope.Benchmark)
    public static class AfterCommit extends Application {
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            start(Delivery.AFTER_COMMIT);
        }
    }

    @State(Scope.Benchmark)
    public static class AfterCommitAsync extends Application {
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            start(Delivery.AFTER_COMMIT_ASYNC);
        }
    }

    @State(Scope.Benchmark)
    public static class Durable extends Application {
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            start(Delivery.DURABLE);
        }
    }

    @State(Scope.Benchmark)
    public static class DurableAsync extends Application {
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            start(Delivery.DURABLE_ASYNC);
        }
    }

    @State(Scope.Benchmark)
    public static class ModulithListener extends Application {
        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            start(Delivery.MODULITH_LISTENER);
        }
    }

    @Benchmark
    public long afterCommit(AfterCommit state) throws InterruptedException {
        return state.fixture.saveAndDeliver();
    }

    @Benchmark
    public long afterCommitAsync(AfterCommitAsync state) throws InterruptedException {
        return state.fixture.saveAndDeliver();
    }

    @Benchmark
    public long durable(Durable state) throws InterruptedException {
        return state.fixture.saveAndDeliver();
    }

    @Benchmark
    public long durableAsync(DurableAsync state) throws InterruptedException {
        return state.fixture.saveAndDeliver();
    }

    @Benchmark
    public long modulithListener(ModulithListener state) throws InterruptedException {
        return state.fixture.saveAndDeliver();
    }
}
