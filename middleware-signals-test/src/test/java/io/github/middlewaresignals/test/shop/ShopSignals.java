package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.signal.Signal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop's custom signals: {@code order_completed} has a receiver, {@code stock_low} has none. */
@Configuration(proxyBeanMethods = false)
public class ShopSignals {

    @Bean
    Signal<OrderCompleted> orderCompleted() {
        return new Signal<>("order_completed");
    }

    @Bean
    Signal<String> stockLow() {
        return new Signal<>("stock_low");
    }
}
