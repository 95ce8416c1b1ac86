package io.github.middlewaresignals.benchmarks.durable;

/** The ways of delivering the saved row's announcement that the benchmark compares. */
enum Delivery {
    AFTER_COMMIT(BenchReceivers.AfterCommit.class, false),
    AFTER_COMMIT_ASYNC(BenchReceivers.AsyncAfterCommit.class, false),
    DURABLE(BenchReceivers.Durable.class, true),
    DURABLE_ASYNC(BenchReceivers.AsyncDurable.class, true),
    MODULITH_LISTENER(BenchReceivers.ModulithListener.class, true);

    /** The receiver the benchmark application gets. */
    final Class<?> receiver;
    /** Whether the delivery goes through the event publication registry, so that its completion ends it. */
    final boolean recorded;

    Delivery(Class<?> receiver, boolean recorded) {
        this.receiver = receiver;
        this.recorded = recorded;
    }
}
