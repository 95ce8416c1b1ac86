package io.github.middlewaresignals.signal.model.hibernate.app.m2m;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

@Entity
public class SetTag extends AbstractTag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToMany(mappedBy = "tags")
    private Set<SetPost> posts = new HashSet<>();

    protected SetTag() {
    }

    public SetTag(String name) {
        super(name);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Set<SetPost> getPosts() {
        return posts;
    }

    @Override
    public void addPostOnThisSideOnly(AbstractPost post) {
        posts.add((SetPost) post);
    }
}
