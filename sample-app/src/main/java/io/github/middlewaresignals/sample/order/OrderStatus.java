package io.github.middlewaresignals.sample.order;

/** The life of an order: {@code PENDING -> COMPLETED -> REFUNDED}. */
public enum OrderStatus {
    PENDING, COMPLETED, REFUNDED
}
