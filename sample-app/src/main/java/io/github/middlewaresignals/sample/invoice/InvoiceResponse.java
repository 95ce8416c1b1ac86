package io.github.middlewaresignals.sample.invoice;

import java.math.BigDecimal;
import java.time.Instant;

/** An invoice as the API shows it. */
record InvoiceResponse(Long id, long orderId, String customerEmail, BigDecimal total, Instant createdAt) {

    static InvoiceResponse of(Invoice invoice) {
        return new InvoiceResponse(invoice.getId(), invoice.getOrderId(), invoice.getCustomerEmail(), invoice.getTotal(),
                invoice.getCreatedAt());
    }
}
