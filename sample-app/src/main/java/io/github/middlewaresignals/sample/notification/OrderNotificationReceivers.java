package io.github.middlewaresignals.sample.notification;

import io.github.middlewaresignals.sample.order.OrderCompleted;
import io.github.middlewaresignals.sample.order.OrderRefunded;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.stereotype.Component;

/**
 * Tells customers about their orders. The order code does not know this class exists: it sends
 * {@code order_completed} / {@code order_refunded} and this class listens, by signal name.
 * <p>
 * Both receivers run once the order's transaction has committed, so a customer is never told about
 * a change that rolled back. The notification they save is committed in a transaction of its own.
 */
@Component
class OrderNotificationReceivers {

    private final NotificationRepository notifications;

    OrderNotificationReceivers(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT)
    void confirmOrder(OrderCompleted event) {
        notifications.save(new Notification("order_completed", event.customerEmail(),
                "Order #" + event.orderId() + " confirmed: " + event.total() + " charged"));
    }

    @SignalReceiver(signal = "order_refunded", phase = Phase.AFTER_COMMIT)
    void confirmRefund(OrderRefunded event) {
        notifications.save(new Notification("order_refunded", event.customerEmail(),
                "Order #" + event.orderId() + " refunded: " + event.amount() + " returned"));
    }
}
