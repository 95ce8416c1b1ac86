package io.github.middlewaresignals.signal.model.hibernate;


import io.github.middlewaresignals.signal.model.hibernate.app.AuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceNote;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceProfile;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceProfileRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The model-signal contract for entities with SEQUENCE ids and a @Version. */
public class SequenceIdModelSignalsTest extends ModelSignalsContract<SequenceAuthor, SequenceProfile, Long> {

    @Autowired
    SequenceAuthorRepository authors;
    @Autowired
    SequenceProfileRepository profiles;

    @Override
    Class<SequenceAuthor> authorClass() {
        return SequenceAuthor.class;
    }

    @Override
    Class<?> noteClass() {
        return SequenceNote.class;
    }

    @Override
    Class<SequenceProfile> profileClass() {
        return SequenceProfile.class;
    }

    @Override
    AuthorRepository<SequenceAuthor, Long> authors() {
        return authors;
    }

    @Override
    JpaRepository<SequenceProfile, Long> profiles() {
        return profiles;
    }

    @Override
    SequenceAuthor newAuthor(String name) {
        return new SequenceAuthor(name);
    }

    @Override
    SequenceProfile newProfile(SequenceAuthor author, String source) {
        return new SequenceProfile(author, source);
    }

    @Override
    String tablePrefix() {
        return "sequence";
    }

    @Test
    void aPreSaveReceiverThatSavesAnotherEntityDuringAFlushGetsAClearError() {
        connect(modelSignals.preSave(), (sender, event) -> profiles.save(new SequenceProfile(null, "too early")), SequenceAuthor.class);

        Throwable thrown = catchThrowable(() -> tx(() -> authors.save(new SequenceAuthor("Ada"))));

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pre_save receiver for SequenceAuthor saved or deleted another entity")
                .hasMessageContaining("post_save"));
        assertThat(authorRows()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sequence_profile", Integer.class)).isZero();
    }
}
