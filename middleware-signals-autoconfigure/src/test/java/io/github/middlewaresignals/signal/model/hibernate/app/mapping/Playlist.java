package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A versioned entity with a collection: changing only the collection bumps the version. */
@Entity
public class Playlist {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    @Version
    private Long version;
    private String name;
    @ElementCollection
    private List<String> songs = new ArrayList<>();

    protected Playlist() {
    }

    public Playlist(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public List<String> getSongs() {
        return songs;
    }
}
