package io.github.middlewaresignals.benchmarks.signal;

/** The sender of every benchmarked send (a class, as model signals use the entity class). */
final class BenchSender {

    private BenchSender() {
    }
}
