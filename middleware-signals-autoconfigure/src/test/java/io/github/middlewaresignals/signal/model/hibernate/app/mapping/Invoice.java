package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Entity;

@Entity
public class Invoice extends Document {

    private long cents;

    protected Invoice() {
    }

    public Invoice(String title, long cents) {
        setTitle(title);
        this.cents = cents;
    }
}
