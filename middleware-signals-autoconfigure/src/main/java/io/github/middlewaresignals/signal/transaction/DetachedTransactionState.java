package io.github.middlewaresignals.signal.transaction;

import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs code with the thread's finished transaction out of the way. While a transaction completes,
 * its resources (the EntityManager, the JDBC connection) are still bound to the thread, so a
 * repository call would join a transaction that will never commit again and its writes would be
 * lost. Every bound resource, transaction flag and synchronization is taken off the thread for the
 * call and put back afterwards, whichever transaction managers bound them.
 */
final class DetachedTransactionState {

    private DetachedTransactionState() {
    }

    static void run(Runnable work) {
        Map<Object, Object> bound = TransactionSynchronizationManager.getResourceMap();
        Object[] keys = bound.keySet().toArray();
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = TransactionSynchronizationManager.unbindResource(keys[i]);
        }
        String name = TransactionSynchronizationManager.getCurrentTransactionName();
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        boolean active = TransactionSynchronizationManager.isActualTransactionActive();
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.isSynchronizationActive()
                ? TransactionSynchronizationManager.getSynchronizations() : null;
        if (synchronizations != null) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setCurrentTransactionName(null);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        TransactionSynchronizationManager.setCurrentTransactionIsolationLevel(null);
        TransactionSynchronizationManager.setActualTransactionActive(false);
        try {
            work.run();
        }
        finally {
            for (int i = 0; i < keys.length; i++) {
                // what the work left bound (it should leave nothing) gives way to the finished transaction's own
                TransactionSynchronizationManager.unbindResourceIfPossible(keys[i]);
                TransactionSynchronizationManager.bindResource(keys[i], values[i]);
            }
            TransactionSynchronizationManager.setCurrentTransactionName(name);
            TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
            TransactionSynchronizationManager.setCurrentTransactionIsolationLevel(isolation);
            TransactionSynchronizationManager.setActualTransactionActive(active);
            if (synchronizations != null) {
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.clearSynchronization();
                }
                TransactionSynchronizationManager.initSynchronization();
                synchronizations.forEach(TransactionSynchronizationManager::registerSynchronization);
            }
        }
    }
}
