package io.github.middlewaresignals.sample.notification;

import io.github.middlewaresignals.sample.order.OrderCompleted;
import io.github.middlewaresignals.sample.order.OrderRefunded;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.stereotype.Component;

/**
 * Tells customers about their orders. The order code does not know this class exists: it sends
 * {@code order_completed} / {@code order_refunded} and this class listens, by signal name.
 * What a receiver returns becomes {@code ReceiverResult.value()} for the sender.
 */
@Component
class OrderNotificationReceivers {

    private final NotificationRepository notifications;

    OrderNotificationReceivers(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @SignalReceiver(signal = "order_completed")
    Notification confirmOrder(OrderCompleted event) {
        return notifications.save(new Notification("order_completed", event.customerEmail(),
                "Order #" + event.orderId() + " confirmed: " + event.total() + " charged"));
    }

    @SignalReceiver(signal = "order_refunded")
    Notification confirmRefund(OrderRefunded event) {
        return notifications.save(new Notification("order_refunded", event.customerEmail(),
                "Order #" + event.orderId() + " refunded: " + event.amount() + " returned"));
    }
}
