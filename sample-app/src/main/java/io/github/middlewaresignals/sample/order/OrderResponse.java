package io.github.middlewaresignals.sample.order;

import java.math.BigDecimal;

/** An order as the API shows it. */
record OrderResponse(Long id, String customerEmail, BigDecimal totalAmount, OrderStatus status) {

    static OrderResponse of(Order order) {
        return new OrderResponse(order.getId(), order.getCustomerEmail(), order.getTotalAmount(), order.getStatus());
    }
}
