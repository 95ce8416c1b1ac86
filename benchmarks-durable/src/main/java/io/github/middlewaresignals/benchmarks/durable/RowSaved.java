package io.github.middlewaresignals.benchmarks.durable;

/** What the transaction announces: the id of the row it saved. Sent as a signal, or published as Modulith's event. */
public record RowSaved(long id) {
}
