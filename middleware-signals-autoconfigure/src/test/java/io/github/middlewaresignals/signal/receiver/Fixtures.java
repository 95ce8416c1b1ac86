package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreSave;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Payloads, senders and signal beans shared by the receiver tests; nothing here touches JPA. */
final class Fixtures {

    private Fixtures() {
    }

    record OrderCompleted(String orderId) {
    }

    record OrderRefunded(String orderId) {
    }

    static class Order {
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderSignals {

        @Bean
        Signal<OrderCompleted> orderCompleted() {
            return new Signal<>("order_completed");
        }

        @Bean
        Signal<OrderRefunded> orderRefunded() {
            return new Signal<>("order_refunded");
        }
    }

    /** What the model-signal auto-configuration provides; firing them from Hibernate is not tested here. */
    @Configuration(proxyBeanMethods = false)
    static class ModelSignalBeans {

        @Bean
        ModelSignals modelSignals() {
            return new ModelSignals();
        }

        @Bean
        Signal<PreSave<?>> preSaveSignal(ModelSignals modelSignals) {
            return modelSignals.preSave();
        }

        @Bean
        Signal<PostSave<?>> postSaveSignal(ModelSignals modelSignals) {
            return modelSignals.postSave();
        }

        @Bean
        Signal<PreDelete<?>> preDeleteSignal(ModelSignals modelSignals) {
            return modelSignals.preDelete();
        }

        @Bean
        Signal<PostDelete<?>> postDeleteSignal(ModelSignals modelSignals) {
            return modelSignals.postDelete();
        }
    }
}
