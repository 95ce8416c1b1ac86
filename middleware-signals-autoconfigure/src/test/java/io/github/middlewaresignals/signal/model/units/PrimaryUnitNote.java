package io.github.middlewaresignals.signal.model.units;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class PrimaryUnitNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String text;

    protected PrimaryUnitNote() {
    }

    public PrimaryUnitNote(String text) {
        this.text = text;
    }
}
