package io.github.middlewaresignals.signal;

/**
 * When a receiver runs relative to the transaction that is active on the sending thread: Django's
 * {@code transaction.on_commit}, as a property of the connection.
 * <p>
 * Outside a transaction there is nothing to wait for: {@link #BEFORE_COMMIT}, {@link #AFTER_COMMIT}
 * and {@link #AFTER_COMPLETION} receivers run at once, as part of the send (Django runs
 * {@code on_commit} callbacks at once outside {@code atomic}); {@link #AFTER_ROLLBACK} receivers do
 * not run. Which transactions exist is for the application's framework to say (see
 * {@link DeliveryScheduler}); plain Java has none.
 */
public enum Phase {

    /** During the send, on the sending thread (the default). */
    IMMEDIATE,

    /**
     * When the transaction commits, before its final flush: what the receiver writes is part of the
     * transaction, and its exception rolls the transaction back and reaches the committing caller.
     */
    BEFORE_COMMIT,

    /** Once the transaction has committed; not at all when it rolls back. */
    AFTER_COMMIT,

    /** Once the transaction has rolled back; not at all when it commits. */
    AFTER_ROLLBACK,

    /** Once the transaction has ended, committed or rolled back. */
    AFTER_COMPLETION;

    /** @return whether receivers of this phase may run on the async executor: only once the outcome is known */
    public boolean allowsAsync() {
        return this == AFTER_COMMIT || this == AFTER_ROLLBACK || this == AFTER_COMPLETION;
    }
}
