package io.github.middlewaresignals.durable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** What the durable receiver writes: one row per order it has invoiced. */
@Entity
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private long orderId;

    private BigDecimal total;

    protected Invoice() {
    }

    public Invoice(long orderId, BigDecimal total) {
        this.orderId = orderId;
        this.total = total;
    }

    public long getOrderId() {
        return orderId;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
