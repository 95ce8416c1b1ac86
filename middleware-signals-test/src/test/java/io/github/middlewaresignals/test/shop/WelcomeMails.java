package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Receives {@code post_save} of new customers: a test sees in {@link #sent()} whether the signal reached a receiver. */
@Component
public class WelcomeMails {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @SignalReceiver(signal = "post_save", sender = Customer.class)
    void welcome(PostSave<Customer> event) {
        if (event.created()) {
            sent.add(event.instance().getName());
        }
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
    }
}
