package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    private String street;
    private String city;

    protected Address() {
    }

    public Address(String street, String city) {
        this.street = street;
        this.city = city;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
