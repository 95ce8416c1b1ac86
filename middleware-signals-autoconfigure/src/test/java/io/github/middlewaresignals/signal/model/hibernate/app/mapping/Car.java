package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {

    private int seats;

    protected Car() {
    }

    public Car(String plate, int seats) {
        super(plate);
        this.seats = seats;
    }
}
