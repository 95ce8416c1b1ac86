package io.github.middlewaresignals.benchmarks.signal;

/** A sender that has receivers of its own, so that {@link BenchSender} has none. */
final class OtherSender {

    private OtherSender() {
    }
}
