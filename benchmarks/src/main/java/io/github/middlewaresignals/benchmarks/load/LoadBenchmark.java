package io.github.middlewaresignals.benchmarks.load;

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
 * What the starter costs an application that loads entities: one transaction that loads
 * {@value LoadFixture#ROWS} entities through a Spring Data repository, on in-memory H2. With the
 * starter, Hibernate calls the {@code pre_init}/{@code post_init} listeners for each entity; with no
 * receiver they must return at once. Warm-up as for {@code PersistBenchmark}, for the same reason.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LoadBenchmark {

    /** A table of rows in an application with or without the starter. */
    abstract static class Rows {

        LoadFixture fixture;

        @TearDown(Level.Trial)
        public void close() {
            fixture.close();
        }
    }

    @State(Scope.Benchmark)
    public static class WithoutStarter extends Rows {

        @Setup(Level.Trial)
        public void setUp() {
            fixture = LoadFixture.start(false);
        }
    }

    @State(Scope.Benchmark)
    public static class StarterNoInitReceivers extends Rows {

        @Setup(Level.Trial)
        public void setUp() {
            fixture = LoadFixture.start(true);
        }
    }

    @Benchmark
    public long withoutStarter(WithoutStarter state) {
        return state.fixture.loadAll();
    }

    @Benchmark
    public long starterNoInitReceivers(StarterNoInitReceivers state) {
        return state.fixture.loadAll();
    }
}
