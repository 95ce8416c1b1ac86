package io.github.middlewaresignals.signal.model.hibernate;

import java.util.UUID;
import io.github.middlewaresignals.signal.model.hibernate.app.AuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.UuidAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.UuidAuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.UuidNote;
import io.github.middlewaresignals.signal.model.hibernate.app.UuidProfile;
import io.github.middlewaresignals.signal.model.hibernate.app.UuidProfileRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;

/** The model-signal contract for entities with application-assigned UUID ids (Spring Data saves them by merge). */
public class UuidIdModelSignalsTest extends ModelSignalsContract<UuidAuthor, UuidProfile, UUID> {

    @Autowired
    UuidAuthorRepository authors;
    @Autowired
    UuidProfileRepository profiles;

    @Override
    Class<UuidAuthor> authorClass() {
        return UuidAuthor.class;
    }

    @Override
    Class<?> noteClass() {
        return UuidNote.class;
    }

    @Override
    Class<UuidProfile> profileClass() {
        return UuidProfile.class;
    }

    @Override
    AuthorRepository<UuidAuthor, UUID> authors() {
        return authors;
    }

    @Override
    JpaRepository<UuidProfile, UUID> profiles() {
        return profiles;
    }

    @Override
    UuidAuthor newAuthor(String name) {
        return new UuidAuthor(name);
    }

    @Override
    UuidProfile newProfile(UuidAuthor author, String source) {
        return new UuidProfile(author, source);
    }

    @Override
    String tablePrefix() {
        return "uuid";
    }
}
