package io.github.middlewaresignals.sample.order;

import java.math.BigDecimal;

/** Payload of {@code order_completed}, sent once an order's completion is committed. */
public record OrderCompleted(long orderId, String customerEmail, BigDecimal total) {
}
