package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.model.hibernate.app.m2m.ListPost;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.ListPostRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.ListTag;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.ListTagRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.JpaRepository;

/** The m2m_changed contract for a {@code List} of tags on entities with SEQUENCE ids. */
public class ListM2MChangedTest extends M2MChangedContract<ListPost, ListTag> {

    @Autowired
    ListPostRepository posts;
    @Autowired
    ListTagRepository tags;

    @Override
    Class<ListPost> postClass() {
        return ListPost.class;
    }

    @Override
    Class<ListTag> tagClass() {
        return ListTag.class;
    }

    @Override
    JpaRepository<ListPost, Long> posts() {
        return posts;
    }

    @Override
    JpaRepository<ListTag, Long> tags() {
        return tags;
    }

    @Override
    ListPost newPost(String title) {
        return new ListPost(title);
    }

    @Override
    ListTag newTag(String name) {
        return new ListTag(name);
    }

    @Override
    String tablePrefix() {
        return "list";
    }
}
