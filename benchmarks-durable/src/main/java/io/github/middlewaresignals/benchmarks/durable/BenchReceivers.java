package io.github.middlewaresignals.benchmarks.durable;

import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.modulith.events.ApplicationModuleListener;

/** The receivers compared, one per benchmark application; each does the same small work: it counts. */
final class BenchReceivers {

    private BenchReceivers() {
    }

    /** A plain receiver after the commit, on the committing thread. */
    static class AfterCommit {
        private final Deliveries deliveries;

        AfterCommit(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @SignalReceiver(signal = DeliveryBenchApplication.SIGNAL, phase = Phase.AFTER_COMMIT)
        void onRowSaved(RowSaved event) {
            deliveries.received();
        }
    }

    /** A plain receiver after the commit, on the signals' executor. */
    static class AsyncAfterCommit {
        private final Deliveries deliveries;

        AsyncAfterCommit(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @SignalReceiver(signal = DeliveryBenchApplication.SIGNAL, phase = Phase.AFTER_COMMIT, async = true)
        void onRowSaved(RowSaved event) {
            deliveries.received();
        }
    }

    /** A durable receiver, on the committing thread. */
    static class Durable {
        private final Deliveries deliveries;

        Durable(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @SignalReceiver(signal = DeliveryBenchApplication.SIGNAL, phase = Phase.AFTER_COMMIT, durable = true)
        void onRowSaved(RowSaved event) {
            deliveries.received();
        }
    }

    /** A durable receiver on the signals' executor: the counterpart of Modulith's listener, which is async too. */
    static class AsyncDurable {
        private final Deliveries deliveries;

        AsyncDurable(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @SignalReceiver(signal = DeliveryBenchApplication.SIGNAL, phase = Phase.AFTER_COMMIT, async = true, durable = true)
        void onRowSaved(RowSaved event) {
            deliveries.received();
        }
    }

    /** Spring Modulith's own listener: async, after the commit, in a transaction of its own, recorded in the registry. */
    static class ModulithListener {
        private final Deliveries deliveries;

        ModulithListener(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @ApplicationModuleListener
        void onRowSaved(RowSaved event) {
            deliveries.received();
        }
    }
}
