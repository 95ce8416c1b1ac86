package io.github.middlewaresignals.signal.model.hibernate;


import io.github.middlewaresignals.signal.model.ModelSignalNestingException;
import io.github.middlewaresignals.signal.model.hibernate.app.AuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityAuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityNote;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityProfile;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityProfileRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The model-signal contract for entities with IDENTITY (auto-increment) ids. */
public class IdentityIdModelSignalsTest extends ModelSignalsContract<IdentityAuthor, IdentityProfile, Long> {

    @Autowired
    IdentityAuthorRepository authors;
    @Autowired
    IdentityProfileRepository profiles;

    @Override
    Class<IdentityAuthor> authorClass() {
        return IdentityAuthor.class;
    }

    @Override
    Class<?> noteClass() {
        return IdentityNote.class;
    }

    @Override
    Class<IdentityProfile> profileClass() {
        return IdentityProfile.class;
    }

    @Override
    AuthorRepository<IdentityAuthor, Long> authors() {
        return authors;
    }

    @Override
    JpaRepository<IdentityProfile, Long> profiles() {
        return profiles;
    }

    @Override
    IdentityAuthor newAuthor(String name) {
        return new IdentityAuthor(name);
    }

    @Override
    IdentityProfile newProfile(IdentityAuthor author, String source) {
        return new IdentityProfile(author, source);
    }

    @Override
    String tablePrefix() {
        return "identity";
    }

    @Test
    void aPreSaveReceiverThatSavesItsOwnSenderForeverGetsAClearError() {
        // IDENTITY inserts run inside save(), so each save nests another pre_save
        connect(modelSignals.preSave(), (sender, event) -> authors.save(new IdentityAuthor("again")), IdentityAuthor.class);

        Throwable thrown = catchThrowable(() -> tx(() -> authors.save(new IdentityAuthor("Ada"))));

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(ModelSignalNestingException.class)
                .hasMessageContaining("pre_save from IdentityAuthor"));
        assertThat(authorRows()).isZero();
    }
}
