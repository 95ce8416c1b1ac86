package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

@Entity
public class ListTag extends AbstractTag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToMany(mappedBy = "tags")
    private List<ListPost> posts = new ArrayList<>();

    protected ListTag() {
    }

    public ListTag(String name) {
        super(name);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public List<ListPost> getPosts() {
        return posts;
    }

    @Override
    public void addPostOnThisSideOnly(AbstractPost post) {
        posts.add((ListPost) post);
    }
}
