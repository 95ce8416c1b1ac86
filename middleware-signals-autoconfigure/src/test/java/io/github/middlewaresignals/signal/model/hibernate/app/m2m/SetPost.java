package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/** A post with IDENTITY ids whose tags are a {@code Set}. */
@Entity
public class SetPost extends AbstractPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToMany
    @JoinTable(name = "set_post_tags", joinColumns = @JoinColumn(name = "post_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<SetTag> tags = new HashSet<>();

    protected SetPost() {
    }

    public SetPost(String title) {
        super(title);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Set<SetTag> getTags() {
        return tags;
    }

    @Override
    public void replaceTags(Collection<? extends AbstractTag> replacement) {
        tags = replacement == null ? null : new HashSet<>(replacement.stream().map(SetTag.class::cast).toList());
    }

    @Override
    public void addTag(AbstractTag tag) {
        tags.add((SetTag) tag);
    }
}
