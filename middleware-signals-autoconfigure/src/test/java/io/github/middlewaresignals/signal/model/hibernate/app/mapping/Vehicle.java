package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The root of a SINGLE_TABLE hierarchy: one table for vehicles and cars. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Vehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
    private String plate;

    protected Vehicle() {
    }

    public Vehicle(String plate) {
        this.plate = plate;
    }

    public Long getId() {
        return id;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }
}
