package io.github.middlewaresignals.operations;

import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An application with Actuator, one custom signal with two receivers (one fails for negative ids), and a short chain. */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@Import({OperationsApp.OrderReceivers.class, OperationsApp.OrderController.class})
public class OperationsApp {

    record OrderCompleted(long id) {
    }

    @Bean
    Signal<OrderCompleted> orderCompleted() {
        return new Signal<>("order_completed");
    }

    @Bean
    Middleware audit() {
        return new Middleware() {
            @Override
            public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("X-Audited", "yes");
            }
        };
    }

    static class OrderReceivers {

        @SignalReceiver(signal = "order_completed", sender = OrderController.class)
        void invoice(OrderCompleted order) {
            if (order.id() < 0) {
                throw new IllegalArgumentException("no order " + order.id());
            }
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, condition = "id() > 100")
        void notifyWarehouse(OrderCompleted order) {
        }
    }

    @RestController
    static class OrderController {

        private final Signal<OrderCompleted> orderCompleted;

        OrderController(Signal<OrderCompleted> orderCompleted) {
            this.orderCompleted = orderCompleted;
        }

        @PostMapping("/orders/{id}/complete")
        String complete(@PathVariable long id) {
            orderCompleted.sendRobust(OrderController.class, new OrderCompleted(id));
            return "completed " + id;
        }
    }
}
