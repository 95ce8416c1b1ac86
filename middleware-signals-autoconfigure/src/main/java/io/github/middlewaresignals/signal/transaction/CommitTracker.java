package io.github.middlewaresignals.signal.transaction;

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
 * configures. Each transaction costs one small node on a per-thread stack while it is open.
 */
public final class CommitTracker implements TransactionExecutionListener {

    /** The innermost open transaction of the thread; each links to the one it is nested in. */
    private final ThreadLocal<OpenTransaction> innermost = new ThreadLocal<>();

    private static final class OpenTransaction {
        final TransactionExecution transaction;
        final OpenTransaction outer;
        boolean committing;

        OpenTransaction(TransactionExecution transaction, OpenTransaction outer) {
            this.transaction = transaction;
            this.outer = outer;
        }
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure == null) {
            innermost.set(new OpenTransaction(transaction, innermost.get()));
        }
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        for (OpenTransaction open = innermost.get(); open != null; open = open.outer) {
            if (open.transaction == transaction) {
                open.committing = true;
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
        OpenTransaction open = innermost.get();
        return open != null && open.committing;
    }

    /** Pops the transaction, with any inner one whose end was never reported (Spring nests transactions strictly). */
    private void forget(TransactionExecution transaction) {
        for (OpenTransaction open = innermost.get(); open != null; open = open.outer) {
            if (open.transaction == transaction) {
                if (open.outer == null) {
                    innermost.remove();
                }
                else {
                    innermost.set(open.outer);
                }
                return;
            }
        }
    }
}
