package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.signal.Signal;
import org.springframework.stereotype.Service;

/** Sends the shop's custom signals, with this class as the sender. */
@Service
public class Checkout {

    private final Signal<OrderCompleted> orderCompleted;
    private final Signal<String> stockLow;

    Checkout(Signal<OrderCompleted> orderCompleted, Signal<String> stockLow) {
        this.orderCompleted = orderCompleted;
        this.stockLow = stockLow;
    }

    public void complete(String customer, int total) {
        orderCompleted.send(Checkout.class, new OrderCompleted(customer, total));
    }

    public void reportLowStock(String item) {
        stockLow.send(Checkout.class, item);
    }
}
