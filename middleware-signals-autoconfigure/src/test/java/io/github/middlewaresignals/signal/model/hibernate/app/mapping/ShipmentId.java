package io.github.middlewaresignals.signal.model.hibernate.app.mapping;

import java.io.Serializable;

import jakarta.persistence.Embeddable;

@Embeddable
public record ShipmentId(String orderNumber, int line) implements Serializable {
}
