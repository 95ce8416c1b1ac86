package io.github.middlewaresignals.benchmarks.durable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The one entity each benchmarked transaction saves. */
@Entity
public class SavedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sequence;

    protected SavedRow() {
    }

    SavedRow(long sequence) {
        this.sequence = sequence;
    }

    public Long getId() {
        return id;
    }
}
