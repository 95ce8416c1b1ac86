package io.github.middlewaresignals.signal.model.units;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class HandBuiltUnitNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String text;

    protected HandBuiltUnitNote() {
    }

    public HandBuiltUnitNote(String text) {
        this.text = text;
    }
}
