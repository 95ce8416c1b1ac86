package io.github.middlewaresignals.sample.notification;

import io.github.middlewaresignals.sample.order.OrderCompleted;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.stereotype.Component;

/**
 * Stands in for an unreliable third party: it fails on every completed order. It runs after the
 * order's commit, so its failure is logged (signal, this receiver, phase, sender) while the order,
 * the customer's notification and the request's success response all stand.
 */
@Component
class WarehouseWebhookReceiver {

    @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT)
    void notifyWarehouse(OrderCompleted event) {
        throw new IllegalStateException("warehouse webhook unreachable for order #" + event.orderId()
                + " (this sample has no warehouse; the failure shows a receiver after the commit failing alone)");
    }
}
