package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import java.util.Collection;

import jakarta.persistence.MappedSuperclass;

/** What the posts of the two mappings share: the owning side of a @ManyToMany to tags. */
@MappedSuperclass
public abstract class AbstractPost {

    private String title;

    protected AbstractPost() {
    }

    protected AbstractPost(String title) {
        this.title = title;
    }

    public abstract Object getId();

    /** @return the owning side's collection, as mapped (a Set or a List) */
    public abstract Collection<? extends AbstractTag> getTags();

    /** Puts a new collection in place of the one the post holds ({@code null} allowed). */
    public abstract void replaceTags(Collection<? extends AbstractTag> tags);

    public abstract void addTag(AbstractTag tag);

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
