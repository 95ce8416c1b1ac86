package io.github.middlewaresignals.benchmarks.load;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity the load benchmark reads: a few columns of the kinds most tables have. */
@Entity
public class LoadRow {

    @Id
    private Long id;

    private String name;

    private long visits;

    protected LoadRow() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVisits() {
        return visits;
    }
}
