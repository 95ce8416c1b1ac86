package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetPost;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetPostRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetTag;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetTagRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;

/** The m2m_changed contract for a {@code Set} of tags on entities with IDENTITY ids. */
public class SetM2MChangedTest extends M2MChangedContract<SetPost, SetTag> {

    @Autowired
    SetPostRepository posts;
    @Autowired
    SetTagRepository tags;

    @Override
    Class<SetPost> postClass() {
        return SetPost.class;
    }

    @Override
    Class<SetTag> tagClass() {
        return SetTag.class;
    }

    @Override
    JpaRepository<SetPost, Long> posts() {
        return posts;
    }

    @Override
    JpaRepository<SetTag, Long> tags() {
        return tags;
    }

    @Override
    SetPost newPost(String title) {
        return new SetPost(title);
    }

    @Override
    SetTag newTag(String name) {
        return new SetTag(name);
    }

    @Override
    String tablePrefix() {
        return "set";
    }
}
