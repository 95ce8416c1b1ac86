package io.github.middlewaresignals.sample.order;

import io.github.middlewaresignals.sample.web.NotFoundException;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order state changes, each announced with a custom signal.
 * <p>
 * The state change commits first; the signal goes out afterwards with {@code sendRobust}. So
 * the receivers (notifications, a flaky webhook) see a committed order, each works in its own
 * transaction, and a receiver that fails is logged and reported in the results, never undoing
 * or failing the order itself.
 */
@Service
class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final TransactionTemplate transaction;
    private final Signal<OrderCompleted> orderCompleted;
    private final Signal<OrderRefunded> orderRefunded;

    OrderService(OrderRepository orders, PlatformTransactionManager transactionManager,
                 Signal<OrderCompleted> orderCompleted, Signal<OrderRefunded> orderRefunded) {
        this.orders = orders;
        this.transaction = new TransactionTemplate(transactionManager);
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

    OrderResponse complete(long id) {
        Order order = change(id, Order::complete);
        List<ReceiverResult> results = orderCompleted.sendRobust(Order.class,
                new OrderCompleted(order.getId(), order.getCustomerEmail(), order.getTotalAmount()));
        reportFailures(order, orderCompleted, results);
        return OrderResponse.of(order);
    }

    OrderResponse refund(long id) {
        Order order = change(id, Order::refund);
        List<ReceiverResult> results = orderRefunded.sendRobust(Order.class,
                new OrderRefunded(order.getId(), order.getCustomerEmail(), order.getTotalAmount()));
        reportFailures(order, orderRefunded, results);
        return OrderResponse.of(order);
    }

    /** Applies the state change and commits it; the returned order is detached and up to date. */
    private Order change(long id, Consumer<Order> stateChange) {
        return transaction.execute(status -> {
            Order order = find(id);
            stateChange.accept(order);
            return order;
        });
    }

    private Order find(long id) {
        return orders.findById(id).orElseThrow(() -> new NotFoundException("no order with id " + id));
    }

    private static void reportFailures(Order order, Signal<?> signal, List<ReceiverResult> results) {
        long failed = results.stream().filter(result -> result.error() != null).count();
        if (failed > 0) {
            log.warn("{}: {} of {} {} receivers failed (logged above); the order stands",
                    order, failed, results.size(), signal.name());
        }
    }
}
