package io.github.middlewaresignals.signal.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.ReceiverFailedException;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.receiver.Fixtures.Order;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderCompleted;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderRefunded;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderSignals;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class SignalReceiverFormsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
            .withUserConfiguration(OrderSignals.class);

    /** Package-private class and methods: a receiver needs to be visible to nobody but its own package. */
    static class OrderReceivers {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<Object> senders = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "order_completed")
        String confirm(OrderCompleted event) {
            calls.add("confirm " + event.orderId());
            return "confirmed " + event.orderId();
        }

        @SignalReceiver
        void refund(OrderRefunded event) {
            calls.add("refund " + event.orderId());
        }

        @SignalReceiver(signal = "order_completed")
        void withSender(Object sender, OrderCompleted event) {
            senders.add(sender);
        }

        @SignalReceiver(signal = {"order_completed", "order_refunded"})
        void audit(Object event) {
            calls.add("audit " + event);
        }

        @SignalReceiver(signal = "order_completed", sender = Order.class)
        int onlyFromOrder(OrderCompleted event) {
            calls.add("order " + event.orderId());
            return 42;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderReceiversConfig {
        @Bean
        OrderReceivers orderReceivers() {
            return new OrderReceivers();
        }
    }

    @Test
    void explicitSignalReceivesThePayloadAndItsReturnValueIsTheResultValue() {
        runner.withUserConfiguration(OrderReceiversConfig.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);
            OrderReceivers receivers = context.getBean(OrderReceivers.class);

            List<ReceiverResult> results = signal.send(String.class, new OrderCompleted("A1"));

            assertThat(receivers.calls).contains("confirm A1");
            assertThat(results).extracting(result -> result.receiver().toString(), ReceiverResult::value)
                    .contains(org.assertj.core.groups.Tuple.tuple(OrderReceivers.class.getName() + "#confirm", "confirmed A1"));
        });
    }

    @Test
    void infersTheSignalFromTheOnlySignalBeanWhosePayloadFits() {
        runner.withUserConfiguration(OrderReceiversConfig.class).run(context -> {
            Signal<OrderRefunded> refunded = context.getBean("orderRefunded", Signal.class);
            OrderReceivers receivers = context.getBean(OrderReceivers.class);

            refunded.send(null, new OrderRefunded("R1"));

            assertThat(receivers.calls).containsExactlyInAnyOrder("refund R1", "audit OrderRefunded[orderId=R1]");
        });
    }

    @Test
    void theTwoParameterFormReceivesTheSender() {
        runner.withUserConfiguration(OrderReceiversConfig.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);
            signal.send(Order.class, new OrderCompleted("A1"));
            assertThat(context.getBean(OrderReceivers.class).senders).containsExactly(Order.class);
        });
    }

    @Test
    void oneMethodReceivesSeveralSignals() {
        runner.withUserConfiguration(OrderReceiversConfig.class).run(context -> {
            OrderReceivers receivers = context.getBean(OrderReceivers.class);
            context.getBean("orderCompleted", Signal.class).send(null, new OrderCompleted("A1"));
            context.getBean("orderRefunded", Signal.class).send(null, new OrderRefunded("R1"));
            assertThat(receivers.calls).filteredOn(call -> call.startsWith("audit"))
                    .containsExactly("audit OrderCompleted[orderId=A1]", "audit OrderRefunded[orderId=R1]");
        });
    }

    @Test
    void aNamedSenderMatchesThatClassOnly() {
        runner.withUserConfiguration(OrderReceiversConfig.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);
            OrderReceivers receivers = context.getBean(OrderReceivers.class);

            signal.send(String.class, new OrderCompleted("other"));
            assertThat(receivers.calls).doesNotContain("order other");

            List<ReceiverResult> results = signal.send(Order.class, new OrderCompleted("mine"));
            assertThat(receivers.calls).contains("order mine");
            assertThat(results).extracting(ReceiverResult::value).contains(42);
            assertThat(signal.hasListeners(Order.class)).isTrue();
        });
    }

    static class FirstAudit {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "order_completed", dispatchUid = "audit")
        void record(OrderCompleted event) {
            calls.add(event.orderId());
        }
    }

    static class SecondAudit {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "order_completed", dispatchUid = "audit")
        void record(OrderCompleted event) {
            calls.add(event.orderId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoAudits {
        @Bean
        FirstAudit firstAudit() {
            return new FirstAudit();
        }

        @Bean
        SecondAudit secondAudit() {
            return new SecondAudit();
        }
    }

    @Test
    void dispatchUidKeepsTheFirstConnectionOnly() {
        runner.withUserConfiguration(TwoAudits.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);

            assertThat(signal.send(null, new OrderCompleted("A1"))).hasSize(1);

            assertThat(context.getBean(FirstAudit.class).calls).containsExactly("A1");
            assertThat(context.getBean(SecondAudit.class).calls).isEmpty();
            assertThat(signal.disconnect("audit")).isTrue();
            assertThat(signal.hasListeners()).isFalse();
        });
    }

    static class FailingReceivers {
        static final IOException CHECKED = new IOException("disk full");
        static final IllegalStateException UNCHECKED = new IllegalStateException("broken");

        @SignalReceiver(signal = "order_completed")
        void checked(OrderCompleted event) throws IOException {
            throw CHECKED;
        }

        @SignalReceiver(signal = "order_refunded")
        void unchecked(OrderRefunded event) {
            throw UNCHECKED;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(FailingReceivers.class)
    static class FailingReceiversConfig {
    }

    @Test
    void aCheckedExceptionReachesSendAsTheOriginalCause() {
        runner.withUserConfiguration(FailingReceiversConfig.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);

            assertThatThrownBy(() -> signal.send(null, new OrderCompleted("A1")))
                    .isInstanceOf(ReceiverFailedException.class)
                    .cause().isSameAs(FailingReceivers.CHECKED);
            assertThat(signal.sendRobust(null, new OrderCompleted("A1")))
                    .singleElement().satisfies(result -> {
                        assertThat(result.error()).isSameAs(FailingReceivers.CHECKED);
                        assertThat(result.receiver()).hasToString(FailingReceivers.class.getName() + "#checked");
                    });
        });
    }

    @Test
    void anUncheckedExceptionReachesSendUnchanged() {
        runner.withUserConfiguration(FailingReceiversConfig.class).run(context -> {
            Signal<OrderRefunded> signal = context.getBean("orderRefunded", Signal.class);
            assertThatThrownBy(() -> signal.send(null, new OrderRefunded("R1"))).isSameAs(FailingReceivers.UNCHECKED);
        });
    }

    @Test
    void asendRunsAnnotatedReceiversAndReturnsTheirValues() {
        runner.withUserConfiguration(OrderReceiversConfig.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);
            List<ReceiverResult> results = signal.asend(Order.class, new OrderCompleted("A1")).get();
            assertThat(results).extracting(ReceiverResult::value).contains("confirmed A1", 42);
        });
    }
}
