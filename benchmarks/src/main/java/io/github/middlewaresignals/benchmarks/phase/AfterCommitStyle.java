package io.github.middlewaresignals.benchmarks.phase;

/** How a benchmark application runs a callback once the transaction that saved a row has committed. */
enum AfterCommitStyle {
    /** Plain Spring Boot, the starter excluded: a {@code TransactionSynchronization} registered by hand after the save. */
    HAND_WRITTEN_SYNCHRONIZATION,
    /** The starter active: one {@code AFTER_COMMIT} {@code @SignalReceiver} of the row's {@code post_save}. */
    AFTER_COMMIT_RECEIVER,
    /** Plain Spring Boot, the starter excluded: an event published after the save to one {@code @TransactionalEventListener}. */
    TRANSACTIONAL_EVENT_LISTENER
}
