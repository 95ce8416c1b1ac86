package io.github.middlewaresignals.signal.transaction;

import java.util.ArrayDeque;
import java.util.Iterator;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Knows, per thread, whether the innermost transaction is already committing. Spring calls
 * {@code TransactionSynchronization.beforeCommit} before the transaction manager's commit, which for
 * JPA is where Hibernate writes what is still pending: a model signal sent by that final flush comes
 * after every {@code beforeCommit}. A {@link io.github.middlewaresignals.signal.Phase#BEFORE_COMMIT}
 * receiver of such a signal must then run at once, still inside the transaction, instead of waiting
 * for a point that has passed.
 * <p>
 * Spring Boot hands every {@link TransactionExecutionListener} bean to the transaction managers it
 * configures.
 */
public final class CommitTracker implements TransactionExecutionListener {

    private final ThreadLocal<ArrayDeque<OpenTransaction>> open = ThreadLocal.withInitial(ArrayDeque::new);

    private static final class OpenTransaction {
        final TransactionExecution transaction;
        boolean committing;

        OpenTransaction(TransactionExecution transaction) {
            this.transaction = transaction;
        }
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null) {
            open.get().push(new OpenTransaction(transaction));
        }
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        for (OpenTransaction candidate : open.get()) {
            if (candidate.transaction == transaction) {
                candidate.committing = true;
                return;
            }
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        forget(transaction);
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
        forget(transaction);
    }

    /** @return whether the innermost transaction of this thread that this tracker saw begin is committing */
    boolean isCommitting() {
        OpenTransaction innermost = open.get().peek();
        return innermost != null && innermost.committing;
    }

    private void forget(TransactionExecution transaction) {
        ArrayDeque<OpenTransaction> transactions = open.get();
        for (Iterator<OpenTransaction> it = transactions.iterator(); it.hasNext(); ) {
            if (it.next().transaction == transaction) {
                it.remove();
                break;
            }
        }
        if (transactions.isEmpty()) {
            open.remove();
        }
    }
}
