package io.github.middlewaresignals.durable;

import java.math.BigDecimal;

/** The payload of {@code order_completed}: values only, so it can be recorded and sent through a broker. */
public record OrderCompleted(long orderId, BigDecimal total) {
}
