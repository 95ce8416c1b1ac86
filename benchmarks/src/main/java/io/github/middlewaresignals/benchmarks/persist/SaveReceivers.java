package io.github.middlewaresignals.benchmarks.persist;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreSave;
import java.util.concurrent.atomic.LongAdder;

/** A {@code pre_save} and a {@code post_save} receiver for {@link BenchRow} that only count. */
class SaveReceivers {

    private final LongAdder preSaves = new LongAdder();
    private final LongAdder postSaves = new LongAdder();

    @SignalReceiver
    void beforeSave(PreSave<BenchRow> event) {
        preSaves.increment();
    }

    @SignalReceiver
    void afterSave(PostSave<BenchRow> event) {
        postSaves.increment();
    }

    long preSavesAndReset() {
        return preSaves.sumThenReset();
    }

    long postSavesAndReset() {
        return postSaves.sumThenReset();
    }
}
