package io.github.middlewaresignals.sample.notification;

import io.github.middlewaresignals.sample.order.OrderCompleted;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.stereotype.Component;

/**
 * Stands in for an unreliable third party: it fails on every completed order. Because the order
 * service sends with {@code sendRobust}, the failure is logged with this receiver's name and
 * handed back in the results, while the order and the customer's notification go through.
 */
@Component
class WarehouseWebhookReceiver {

    @SignalReceiver(signal = "order_completed")
    void notifyWarehouse(OrderCompleted event) {
        throw new IllegalStateException("warehouse webhook unreachable for order #" + event.orderId()
                + " (this sample has no warehouse; the failure shows sendRobust at work)");
    }
}
