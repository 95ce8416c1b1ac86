package io.github.middlewaresignals.sample.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A customer's order. The version column turns two concurrent state changes of one order into
 * one success and one conflict.
 */
@Entity
@Table(name = "orders")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String customerEmail;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status = OrderStatus.PENDING;

    @Version
    private long version;

    protected Order() {
    }

    /** @param totalAmount at most two decimal places */
    public Order(String customerEmail, BigDecimal totalAmount) {
        this.customerEmail = customerEmail;
        this.totalAmount = totalAmount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Long getId() {
        return id;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public OrderStatus getStatus() {
        return status;
    }

    void complete() {
        moveTo(OrderStatus.COMPLETED, OrderStatus.PENDING, "completed");
    }

    void refund() {
        moveTo(OrderStatus.REFUNDED, OrderStatus.COMPLETED, "refunded");
    }

    private void moveTo(OrderStatus target, OrderStatus required, String verb) {
        if (status != required) {
            throw new IllegalOrderStateException("order " + id + " is " + status + "; only a " + required + " order can be " + verb);
        }
        status = target;
    }

    @Override
    public String toString() {
        return "Order[id=" + id + ", status=" + status + "]";
    }
}
