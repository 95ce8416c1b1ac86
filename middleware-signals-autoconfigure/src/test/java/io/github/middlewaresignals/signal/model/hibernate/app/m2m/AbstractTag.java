package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import java.util.Collection;

import jakarta.persistence.MappedSuperclass;

/** What the tags of the two mappings share: the inverse ({@code mappedBy}) side. */
@MappedSuperclass
public abstract class AbstractTag {

    private String name;

    protected AbstractTag() {
    }

    protected AbstractTag(String name) {
        this.name = name;
    }

    public abstract Object getId();

    /** @return the inverse side: changing only this writes nothing */
    public abstract Collection<? extends AbstractPost> getPosts();

    /** Adds the post on this inverse side only, which Hibernate does not write. */
    public abstract void addPostOnThisSideOnly(AbstractPost post);

    public String getName() {
        return name;
    }
}
