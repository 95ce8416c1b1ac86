package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** An entity with a composite id declared through {@code @EmbeddedId}. */
@Entity
public class Shipment {

    @EmbeddedId
    private ShipmentId id;
    private int quantity;

    protected Shipment() {
    }

    public Shipment(ShipmentId id, int quantity) {
        this.id = id;
        this.quantity = quantity;
    }

    public ShipmentId getId() {
        return id;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
