package io.github.middlewaresignals.sample.order;

import io.github.middlewaresignals.signal.Signal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order domain's custom signals. As beans they are registered under their names, so any
 * component can listen with {@code @SignalReceiver(signal = "order_completed")} without knowing
 * who sends it.
 */
@Configuration(proxyBeanMethods = false)
class OrderSignals {

    @Bean
    Signal<OrderCompleted> orderCompleted() {
        return new Signal<>("order_completed");
    }

    @Bean
    Signal<OrderRefunded> orderRefunded() {
        return new Signal<>("order_refunded");
    }
}
