package io.github.middlewaresignals.sample.order;

import java.math.BigDecimal;

/** Payload of {@code order_refunded}, sent once an order's refund is committed. */
public record OrderRefunded(long orderId, String customerEmail, BigDecimal amount) {
}
