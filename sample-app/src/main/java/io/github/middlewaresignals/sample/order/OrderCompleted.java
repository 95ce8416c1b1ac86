package io.github.middlewaresignals.sample.order;

import java.math.BigDecimal;

/** Payload of {@code order_completed}, sent when an order is completed, inside the transaction that completes it. */
public record OrderCompleted(long orderId, String customerEmail, BigDecimal total) {
}
