package io.github.middlewaresignals.durable;

import io.github.middlewaresignals.signal.Signal;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application with one custom signal and a durable receiver of it, on Spring Modulith's JPA registry. */
@SpringBootApplication
public class DurableTestApplication {

    @Bean
    Signal<OrderCompleted> orderCompleted() {
        return new Signal<>("order_completed");
    }

    @Bean
    ReceiverScript receiverScript() {
        return new ReceiverScript();
    }
}
