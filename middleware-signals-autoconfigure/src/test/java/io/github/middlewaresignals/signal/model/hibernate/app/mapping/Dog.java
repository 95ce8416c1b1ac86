package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Entity;

@Entity
public class Dog extends Animal {

    private String breed;

    protected Dog() {
    }

    public Dog(String name, String breed) {
        super(name);
        this.breed = breed;
    }

    public void setBreed(String breed) {
        this.breed = breed;
    }
}
