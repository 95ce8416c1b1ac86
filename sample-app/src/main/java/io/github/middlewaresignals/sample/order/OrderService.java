package io.github.middlewaresignals.sample.order;

import io.github.middlewaresignals.sample.web.NotFoundException;
import io.github.middlewaresignals.signal.Signal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Order state changes, each announced with a custom signal sent inside the transaction that makes
 * the change. The receivers that act outside it (the customer's notification, a flaky webhook)
 * ask for {@code Phase.AFTER_COMMIT}: they see a committed order, they do not run for a change
 * that rolls back, and one that fails neither undoes the order nor fails the request.
 * <p>
 * The signals go out with {@code sendRobust}, as the seed article advises where every receiver is a
 * side effect: one that runs during the send (the signal log) and fails is logged, and the order
 * still changes.
 */
@Service
class OrderService {

    private final OrderRepository orders;
    private final Signal<OrderCompleted> orderCompleted;
    private final Signal<OrderRefunded> orderRefunded;

    OrderService(OrderRepository orders, Signal<OrderCompleted> orderCompleted, Signal<OrderRefunded> orderRefunded) {
        this.orders = orders;
        this.orderCompleted = orderCompleted;
        this.orderRefunded = orderRefunded;
    }

    @Transactional
    OrderResponse create(CreateOrderRequest request) {
        return OrderResponse.of(orders.save(new Order(request.customerEmail(), request.totalAmount())));
    }

    @Transactional(readOnly = true)
    OrderResponse get(long id) {
        return OrderResponse.of(find(id));
    }

    @Transactional
    OrderResponse complete(long id) {
        Order order = find(id);
        order.complete();
        orderCompleted.sendRobust(Order.class, new OrderCompleted(order.getId(), order.getCustomerEmail(), order.getTotalAmount()));
        return OrderResponse.of(order);
    }

    @Transactional
    OrderResponse refund(long id) {
        Order order = find(id);
        order.refund();
        orderRefunded.sendRobust(Order.class, new OrderRefunded(order.getId(), order.getCustomerEmail(), order.getTotalAmount()));
        return OrderResponse.of(order);
    }

    private Order find(long id) {
        return orders.findById(id).orElseThrow(() -> new NotFoundException("no order with id " + id));
    }
}
