package io.github.middlewaresignals.signal.transaction;

import java.util.ArrayList;
import java.util.List;
import io.github.middlewaresignals.signal.DeferredDelivery;
import io.github.middlewaresignals.signal.DeliveryScheduler;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.model.ModelSignalNestingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds receivers with a transaction {@link Phase} until the Spring-managed transaction of the
 * sending thread reaches that point, without the traps of {@code @TransactionalEventListener}:
 * <ul>
 *   <li>a receiver after the outcome runs with the finished transaction taken off the thread, as code
 *       after a commit runs in Django: each repository call it makes commits by itself (a
 *       {@code @Transactional} receiver gets one transaction of its own), so what it writes is
 *       committed, never silently lost in the finished transaction; the signals those writes send are
 *       deferred to their own transactions in turn. It holds no connection of its own, so a receiver
 *       that sends an email or calls a webhook keeps none from the pool while it waits;</li>
 *   <li>a failing receiver after the outcome is logged and never undoes the commit nor stops the
 *       receivers after it;</li>
 *   <li>a {@code BEFORE_COMMIT} receiver of a signal sent by the commit's own final flush runs at once,
 *       still inside the transaction, instead of waiting for a point that has passed.</li>
 * </ul>
 * Receivers run in the order they were deferred: send order, then connection order. A
 * {@code REQUIRES_NEW} transaction has deliveries of its own, which follow its own outcome.
 * Outside a transaction it takes nothing: the signal then runs the receivers as part of the send.
 */
public final class TransactionPhaseScheduler implements DeliveryScheduler {

    private static final Logger log = LoggerFactory.getLogger(TransactionPhaseScheduler.class);

    private final CommitTracker commits;
    private final int maxNestingDepth;
    /** The synchronization of the thread's current transaction, once something was deferred in it. */
    private final ThreadLocal<PhaseSynchronization> current = new ThreadLocal<>();
    /** How deep receivers after an outcome are nested in receivers after an outcome, on this thread. */
    private final ThreadLocal<Integer> depth = new ThreadLocal<>();

    /**
     * @param commits         tells whether the thread's transaction is already committing
     * @param maxNestingDepth how many receivers after an outcome may be nested in each other (their
     *                        writes' signals running receivers after an outcome again) before it fails
     */
    public TransactionPhaseScheduler(CommitTracker commits, int maxNestingDepth) {
        this.commits = commits;
        this.maxNestingDepth = maxNestingDepth;
    }

    @Override
    public boolean defer(DeferredDelivery delivery) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        if (delivery.phase() == Phase.BEFORE_COMMIT && commits.isCommitting()) {
            delivery.run();
            return true;
        }
        PhaseSynchronization synchronization = current.get();
        if (synchronization == null) {
            synchronization = new PhaseSynchronization();
            TransactionSynchronizationManager.registerSynchronization(synchronization);
            current.set(synchronization);
        }
        synchronization.add(delivery);
        return true;
    }

    @Override
    public void runAsync(DeferredDelivery delivery) {
        int nesting = nesting();
        delivery.asyncExecutor().execute(() -> runAfterOutcome(delivery, nesting));
    }

    private int nesting() {
        Integer nesting = depth.get();
        return nesting == null ? 0 : nesting;
    }

    private void runAfterOutcome(DeferredDelivery delivery, int outerNesting) {
        Integer saved = depth.get();
        depth.set(outerNesting + 1);
        try {
            if (outerNesting + 1 > maxNestingDepth) {
                delivery.run(call -> {
                    throw new ModelSignalNestingException(maxNestingDepth, delivery.signalName() + " to " + delivery.receiver().receiver()
                            + " at " + delivery.phase());
                });
                return;
            }
            DetachedTransactionState.run(delivery);
        }
        finally {
            if (saved == null) {
                depth.remove();
            }
            else {
                depth.set(saved);
            }
        }
    }

    /**
     * The deliveries one transaction holds for its phase points, in the order they were deferred.
     * One per transaction, registered by the first deferral; the scheduler's current one for its
     * thread while its transaction is the thread's transaction.
     */
    private final class PhaseSynchronization implements TransactionSynchronization {

        private final List<DeferredDelivery> deliveries = new ArrayList<>();
        private boolean beforeCommitDone;

        void add(DeferredDelivery delivery) {
            if (beforeCommitDone && delivery.phase() == Phase.BEFORE_COMMIT) {
                delivery.run();
            }
            else {
                deliveries.add(delivery);
            }
        }

        @Override
        public void suspend() {
            leave();
        }

        @Override
        public void resume() {
            current.set(this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // by index: a receiver may send again, adding deliveries while this runs
            for (int i = 0; i < deliveries.size(); i++) {
                DeferredDelivery delivery = deliveries.get(i);
                if (delivery.phase() == Phase.BEFORE_COMMIT) {
                    delivery.run();
                }
            }
            beforeCommitDone = true;
        }

        @Override
        public void afterCompletion(int status) {
            leave();
            int nesting = nesting();
            for (DeferredDelivery delivery : deliveries) {
                Phase phase = delivery.phase();
                if (phase == Phase.AFTER_COMPLETION
                        || phase == Phase.AFTER_COMMIT && status == STATUS_COMMITTED
                        || phase == Phase.AFTER_ROLLBACK && status == STATUS_ROLLED_BACK) {
                    if (delivery.async()) {
                        runAsync(delivery);
                    }
                    else {
                        runAfterOutcome(delivery, nesting);
                    }
                }
                else if (phase == Phase.BEFORE_COMMIT && !beforeCommitDone && status == STATUS_COMMITTED) {
                    log.warn("The BEFORE_COMMIT receiver {} of signal '{}' was deferred after the transaction's before-commit"
                                    + " point, by a transaction manager that does not report its commit to the starter; it runs now,"
                                    + " after the commit, outside the transaction. Let Spring Boot configure the transaction manager,"
                                    + " or add the CommitTracker bean to it as a TransactionExecutionListener.",
                            delivery.receiver().receiver(), delivery.signalName());
                    runAfterOutcome(delivery, nesting);
                }
            }
        }

        private void leave() {
            if (current.get() == this) {
                current.remove();
            }
        }
    }
}
