package io.github.middlewaresignals.benchmarks.phase;

import io.github.middlewaresignals.benchmarks.persist.BenchRow;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The after-commit callback in each style; every one only counts. The fixture registers the
 * hand-written synchronization; the two annotated methods are connected by the application that
 * has this class as a source (the starter ignores the listener, plain Spring the receiver).
 */
class AfterCommitCallbacks {

    private final LongAdder calls = new LongAdder();

    @SignalReceiver(phase = Phase.AFTER_COMMIT)
    void afterCommitReceiver(PostSave<BenchRow> event) {
        calls.increment();
    }

    @TransactionalEventListener
    void transactionalEventListener(RowSaved event) {
        calls.increment();
    }

    void handWrittenSynchronization() {
        calls.increment();
    }

    long callsAndReset() {
        return calls.sumThenReset();
    }
}
