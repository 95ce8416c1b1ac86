package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/** An entity with every JPA lifecycle callback; each writes its name to {@link #CALLBACKS}. */
@Entity
public class Reminder {

    /** The callbacks run so far, shared with the receivers of the test that reads it. */
    public static final List<String> CALLBACKS = new CopyOnWriteArrayList<>();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String text;
    private String status;

    protected Reminder() {
    }

    public Reminder(String text) {
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getStatus() {
        return status;
    }

    public void setText(String text) {
        this.text = text;
    }

    @PrePersist
    void prePersist() {
        status = "new";
        CALLBACKS.add("@PrePersist");
    }

    @PostPersist
    void postPersist() {
        CALLBACKS.add("@PostPersist");
    }

    @PreUpdate
    void preUpdate() {
        status = "edited";
        CALLBACKS.add("@PreUpdate");
    }

    @PostUpdate
    void postUpdate() {
        CALLBACKS.add("@PostUpdate");
    }

    @PreRemove
    void preRemove() {
        CALLBACKS.add("@PreRemove");
    }

    @PostRemove
    void postRemove() {
        CALLBACKS.add("@PostRemove");
    }
}
