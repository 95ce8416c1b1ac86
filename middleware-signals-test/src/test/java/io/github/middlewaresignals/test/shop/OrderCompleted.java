package io.github.middlewaresignals.test.shop;

/** Payload of {@code order_completed}. */
public record OrderCompleted(String customer, int total) {
}
