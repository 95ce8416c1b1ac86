package io.github.middlewaresignals.signal.model.hibernate.app;

import jakarta.persistence.MappedSuperclass;

/** What a post_save receiver creates for an author (the seed's UserProfile). */
@MappedSuperclass
public abstract class AbstractProfile {

    private String source;

    public abstract Object getId();

    public abstract AbstractAuthor getAuthor();

    /** @param author an author of this profile's own id strategy */
    public abstract void setAuthor(AbstractAuthor author);

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
