package io.github.middlewaresignals.signal;

/**
 * Where receivers connected with a {@link Phase} other than {@code IMMEDIATE} wait for the
 * transaction of the sending thread, and where async receivers are handed to an executor. The signal
 * core knows no transactions: the application's framework supplies a scheduler per signal
 * ({@link Signal#useDeliveryScheduler}); without one, {@link #NO_TRANSACTIONS} applies.
 */
public interface DeliveryScheduler {

    /** Knows no transaction: every deferred receiver runs as part of the send (AFTER_ROLLBACK ones never). */
    DeliveryScheduler NO_TRANSACTIONS = delivery -> false;

    /**
     * Takes a delivery for the transaction active on this thread, to run at its phase point, in the
     * order deliveries were handed over. Runs {@link DeferredDelivery#run()} for a synchronous one and
     * {@link #runAsync} for an async one, when that point comes.
     *
     * @return {@code false} when no transaction is active: the signal then runs the delivery as part of
     *         the send, or never for {@link Phase#AFTER_ROLLBACK}
     */
    boolean defer(DeferredDelivery delivery);

    /** Runs an async delivery once its phase point is reached; by default on the signal's async executor. */
    default void runAsync(DeferredDelivery delivery) {
        delivery.asyncExecutor().execute(delivery);
    }
}
