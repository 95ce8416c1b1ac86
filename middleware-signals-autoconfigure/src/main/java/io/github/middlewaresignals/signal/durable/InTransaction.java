package io.github.middlewaresignals.signal.durable;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work in the transaction active on this thread, or in one of its own when none is: a record made
 * outside a transaction is then made and delivered as if inside one that commits at once.
 */
public final class InTransaction {

    private final TransactionOperations ownTransaction;

    /** @param ownTransaction starts a transaction when none is active */
    public InTransaction(TransactionOperations ownTransaction) {
        this.ownTransaction = ownTransaction;
    }

    void run(Runnable work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
        }
        else {
            ownTransaction.executeWithoutResult(status -> work.run());
        }
    }
}
