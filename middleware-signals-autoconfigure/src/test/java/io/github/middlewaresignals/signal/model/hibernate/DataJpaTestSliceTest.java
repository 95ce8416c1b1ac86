package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceProfile;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceProfileRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code @DataJpaTest} slice includes the model signals. */
@DataJpaTest
public class DataJpaTestSliceTest {

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    SequenceAuthorRepository authors;
    @Autowired
    SequenceProfileRepository profiles;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void modelSignalsAreSentInADataJpaTest() {
        SignalRecorder recorder = new SignalRecorder(modelSignals).start();
        Receiver<PostSave<?>> createProfile = (sender, event) -> event.created()
                ? profiles.save(new SequenceProfile((SequenceAuthor) event.instance(), "created")) : null;
        modelSignals.postSave().connect(createProfile, SequenceAuthor.class);
        try {
            SequenceAuthor saved = authors.saveAndFlush(new SequenceAuthor("Ada"));

            assertThat(recorder.summaries()).containsExactly(
                    "pre_save SequenceAuthor", "post_save SequenceAuthor created",
                    "pre_save SequenceProfile", "post_save SequenceProfile created");
            assertThat(jdbc.queryForObject("select count(*) from sequence_profile where author_id = ?", Integer.class,
                    saved.getId())).isEqualTo(1);
        }
        finally {
            recorder.stop();
            modelSignals.postSave().disconnect(createProfile);
        }
    }
}
