package io.github.middlewaresignals.benchmarks.signal;

/** The payload every listener in {@link SignalDispatchBenchmark} receives. */
public record BenchEvent(long value) {
}
