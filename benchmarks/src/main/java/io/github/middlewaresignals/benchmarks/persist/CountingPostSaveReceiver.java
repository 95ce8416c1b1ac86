package io.github.middlewaresignals.benchmarks.persist;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import java.util.concurrent.atomic.LongAdder;

/** A {@code post_save} receiver for {@link BenchRow} that counts and never asks what changed: the update baseline. */
class CountingPostSaveReceiver {

    private final LongAdder postSaves = new LongAdder();

    @SignalReceiver
    void afterSave(PostSave<BenchRow> event) {
        postSaves.increment();
    }

    long postSavesAndReset() {
        return postSaves.sumThenReset();
    }
}
