package io.github.middlewaresignals.sample.order;

import java.math.BigDecimal;

/** Payload of {@code order_refunded}, sent when an order is refunded, inside the transaction that refunds it. */
public record OrderRefunded(long orderId, String customerEmail, BigDecimal amount) {
}
