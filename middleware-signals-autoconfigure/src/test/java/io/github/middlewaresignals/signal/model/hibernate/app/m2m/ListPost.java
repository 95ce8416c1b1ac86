package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/** A post with SEQUENCE ids whose tags are a {@code List} (a bag: Hibernate rewrites all its rows on a change). */
@Entity
public class ListPost extends AbstractPost {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToMany
    @JoinTable(name = "list_post_tags", joinColumns = @JoinColumn(name = "post_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private List<ListTag> tags = new ArrayList<>();

    protected ListPost() {
    }

    public ListPost(String title) {
        super(title);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public List<ListTag> getTags() {
        return tags;
    }

    @Override
    public void replaceTags(Collection<? extends AbstractTag> replacement) {
        tags = replacement == null ? null : new ArrayList<>(replacement.stream().map(ListTag.class::cast).toList());
    }

    @Override
    public void addTag(AbstractTag tag) {
        tags.add((ListTag) tag);
    }
}
