package io.github.middlewaresignals.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A plain-Java stand-in for a framework's transactions, to test the core's side of phases: a
 * transaction is open between {@link #begin()} and {@link #commit()} or {@link #rollback()}, and the
 * deliveries deferred in it run at those points, in the order they were deferred.
 */
final class TestTransactions implements DeliveryScheduler {

    private List<DeferredDelivery> deferred;
    private Executor asyncExecutor = Runnable::run;

    void begin() {
        deferred = new ArrayList<>();
    }

    /** Runs async deliveries on this executor instead of the signal's (default: the committing thread). */
    void runAsyncOn(Executor executor) {
        asyncExecutor = executor;
    }

    @Override
    public boolean defer(DeferredDelivery delivery) {
        if (deferred == null) {
            return false;
        }
        deferred.add(delivery);
        return true;
    }

    @Override
    public void runAsync(DeferredDelivery delivery) {
        asyncExecutor.execute(delivery);
    }

    /** Runs BEFORE_COMMIT deliveries (a failure propagates, as a rollback would), then those after the commit. */
    void commit() {
        List<DeferredDelivery> ending = deferred;
        for (DeferredDelivery delivery : List.copyOf(ending)) {
            if (delivery.phase() == Phase.BEFORE_COMMIT) {
                delivery.run();
            }
        }
        deferred = null;
        runAfter(ending, Phase.AFTER_COMMIT);
    }

    void rollback() {
        List<DeferredDelivery> ending = deferred;
        deferred = null;
        runAfter(ending, Phase.AFTER_ROLLBACK);
    }

    private void runAfter(List<DeferredDelivery> ending, Phase outcome) {
        for (DeferredDelivery delivery : ending) {
            if (delivery.phase() == outcome || delivery.phase() == Phase.AFTER_COMPLETION) {
                if (delivery.async()) {
                    runAsync(delivery);
                } else {
                    delivery.run();
                }
            }
        }
    }
}
