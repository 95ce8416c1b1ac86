package io.github.middlewaresignals.benchmarks.phase;

import io.github.middlewaresignals.benchmarks.persist.BenchRow;

/** The application event published after a row is saved, for the {@code @TransactionalEventListener}. */
record RowSaved(BenchRow row) {
}
