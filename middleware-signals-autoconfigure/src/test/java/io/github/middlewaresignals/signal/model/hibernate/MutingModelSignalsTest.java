package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthorRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Muting model signals for fixtures, as factory_boy's {@code mute_signals} does: what counts is
 * where Hibernate writes, which for SEQUENCE ids is the flush at commit.
 */
class MutingModelSignalsTest extends RealMappingsTestSupport {

    @Autowired
    SequenceAuthorRepository authors;

    @Override
    List<String> tables() {
        return List.of("sequence_author");
    }

    @Test
    void fixturesSavedInsideAMutingSendNothingAndSignalsComeBackOnceItIsClosed() {
        try (Signal.Muting muted = Signal.mute(modelSignals.preSave(), modelSignals.postSave())) {
            tx(() -> authors.saveAll(List.of(new SequenceAuthor("Ada"), new SequenceAuthor("Grace"))));
        }
        assertThat(rows("sequence_author")).isEqualTo(2);
        assertThat(recorder.summaries()).isEmpty();

        tx(() -> authors.save(new SequenceAuthor("Lin")));

        assertThat(recorder.summaries()).containsExactly("pre_save SequenceAuthor", "post_save SequenceAuthor created");
    }

    @Test
    void aMutingClosedBeforeTheCommitLetsTheSignalsOfTheCommitsFlushThrough() {
        tx(() -> {
            try (Signal.Muting muted = Signal.mute(modelSignals.preSave(), modelSignals.postSave())) {
                authors.save(new SequenceAuthor("Ada"));
            }
        });

        assertThat(recorder.summaries()).containsExactly("pre_save SequenceAuthor", "post_save SequenceAuthor created");
    }

    @Test
    void mutingPostSaveAloneLeavesPreSaveHeard() {
        try (Signal.Muting muted = Signal.mute(modelSignals.postSave())) {
            tx(() -> authors.save(new SequenceAuthor("Ada")));
        }

        assertThat(recorder.summaries()).containsExactly("pre_save SequenceAuthor");
    }
}
