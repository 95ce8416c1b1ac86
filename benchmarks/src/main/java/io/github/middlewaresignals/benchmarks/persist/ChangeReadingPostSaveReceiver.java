package io.github.middlewaresignals.benchmarks.persist;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@code post_save} receiver for {@link BenchRow} that asks what each UPDATE changed, as a
 * django-model-utils {@code FieldTracker} user would, and counts the answers that are wrong: one
 * more visit than Hibernate loaded is right.
 */
class ChangeReadingPostSaveReceiver {

    private final LongAdder postSaves = new LongAdder();
    private final LongAdder wrongAnswers = new LongAdder();

    @SignalReceiver
    void afterSave(PostSave<BenchRow> event) {
        postSaves.increment();
        if (!event.hasChanged("visits") || event.hasChanged("id")
                || (Long) event.previous("visits") != event.instance().getVisits() - 1) {
            wrongAnswers.increment();
        }
    }

    long postSavesAndReset() {
        return postSaves.sumThenReset();
    }

    long wrongAnswersAndReset() {
        return wrongAnswers.sumThenReset();
    }
}
