package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.signal.SignalReceiver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Receives {@code order_completed}: a test sees in {@link #printed()} whether the signal reached a receiver. */
@Component
public class Receipts {

    private final List<OrderCompleted> printed = new CopyOnWriteArrayList<>();

    @SignalReceiver(signal = "order_completed")
    void print(OrderCompleted order) {
        printed.add(order);
    }

    public List<OrderCompleted> printed() {
        return List.copyOf(printed);
    }

    public void clear() {
        printed.clear();
    }
}
