package io.github.middlewaresignals.sample.invoice;

import io.github.middlewaresignals.sample.order.OrderCompleted;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the invoice of every completed order: Django's "hand it to Celery", as a durable receiver.
 * Each delivery is recorded with the order's completion and completed once the invoice is committed;
 * one that a crash (or a failure) leaves incomplete runs again on a restart with
 * {@code signals.durable.republish-on-restart=true}. Deliveries are at least once, so the receiver
 * writes nothing for an order that has its invoice already; the check and the write share one transaction.
 */
@Component
@EnableConfigurationProperties(InvoiceProperties.class)
class InvoiceReceiver {

    private static final Logger log = LoggerFactory.getLogger(InvoiceReceiver.class);

    private final InvoiceRepository invoices;
    private final InvoiceProperties properties;
    private final CountDownLatch closing = new CountDownLatch(1);

    InvoiceReceiver(InvoiceRepository invoices, InvoiceProperties properties) {
        this.invoices = invoices;
        this.properties = properties;
    }

    @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, async = true, durable = true)
    @Transactional
    void invoice(OrderCompleted order) throws InterruptedException {
        if (properties.isBlock()) {
            log.warn("Holding the invoice of order #{} until the application stops (sample.invoices.block=true)", order.orderId());
            closing.await();
            throw new IllegalStateException("The invoice of order #" + order.orderId() + " was held until the application stopped");
        }
        if (invoices.existsByOrderId(order.orderId())) {
            log.info("Order #{} has its invoice already: this delivery came again, nothing to write", order.orderId());
            return;
        }
        invoices.save(new Invoice(order.orderId(), order.customerEmail(), order.total()));
        log.info("Invoiced order #{}: {} to {}", order.orderId(), order.total(), order.customerEmail());
    }

    /** A held delivery gives up when the application stops, so that a normal shutdown does not wait for it. */
    @EventListener(ContextClosedEvent.class)
    void release() {
        closing.countDown();
    }
}
