package io.github.middlewaresignals.benchmarks.persist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The one entity the persistence benchmark writes and updates: an IDENTITY id, as most Spring apps use. */
@Entity
public class BenchRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long visits;

    protected BenchRow() {
    }

    public BenchRow(long visits) {
        this.visits = visits;
    }

    public Long getId() {
        return id;
    }

    public long getVisits() {
        return visits;
    }

    /** One more visit: a change Hibernate writes as an UPDATE. */
    void visit() {
        visits++;
    }
}
