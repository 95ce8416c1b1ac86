package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.actuate.SignalCounts;
import io.github.middlewaresignals.signal.actuate.SignalDetailsContributor;
import io.github.middlewaresignals.signal.actuate.SignalsEndpoint;
import io.github.middlewaresignals.signal.actuate.SignalsEndpoint.ReceiverDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SignalsEndpointAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsEndpointAutoConfiguration.class))
            .withUserConfiguration(OrderApp.class);

    record OrderCompleted(long id) {
    }

    static class OrderReceivers {
        @SignalReceiver(signal = "order_completed", dispatchUid = "invoice")
        void invoice(OrderCompleted order) {
            if (order.id() < 0) {
                throw new IllegalArgumentException("no such order " + order.id());
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderApp {
        @Bean
        Signal<OrderCompleted> orderCompleted() {
            return new Signal<>("order_completed");
        }

        @Bean
        OrderReceivers orderReceivers() {
            return new OrderReceivers();
        }
    }

    @Test
    void anExposedEndpointReportsEveryReceiverWithItsCounts() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=signals").run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);
            signal.sendRobust(OrderCompleted.class, new OrderCompleted(1));
            signal.sendRobust(OrderCompleted.class, new OrderCompleted(-2));

            SignalsEndpoint.SignalsDescriptor report = context.getBean(SignalsEndpoint.class).signals();
            assertThat(report.signals()).containsOnlyKeys("order_completed");
            assertThat(report.signals().get("order_completed").sends()).isEqualTo(2);
            assertThat(report.signals().get("order_completed").receivers()).singleElement().isEqualTo(new ReceiverDescriptor(
                    OrderReceivers.class.getName() + "#invoice", null, "invoice", Phase.IMMEDIATE,
                    false, null, 2, 1, null));
            assertThat(report.recentFailures()).singleElement().satisfies(failure -> {
                assertThat(failure.message()).isEqualTo("no such order -2");
                assertThat(failure.sender()).isEqualTo(OrderCompleted.class.getName());
            });
        });
    }

    @Test
    void anUnknownSignalNameIsNull() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=signals")
                .run(context -> assertThat(context.getBean(SignalsEndpoint.class).signal("no_such_signal")).isNull());
    }

    @Test
    void anEndpointThatIsNotExposedIsNotCreatedAndNothingIsCounted() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(SignalsEndpoint.class);
            assertThat(context).doesNotHaveBean(SignalCounts.class);
        });
    }

    @Test
    void anEndpointSwitchedOffIsNotCreated() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=signals", "management.endpoint.signals.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
    }

    @Test
    void anApplicationWithoutActuatorGetsNoEndpoint() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .withPropertyValues("management.endpoints.web.exposure.include=signals")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(SignalCounts.class);
                });
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnEndpointAndCounts() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=signals")
                .withUserConfiguration(OwnEndpoint.class)
                .run(context -> {
                    assertThat(context).getBean(SignalsEndpoint.class).isSameAs(context.getBean(OwnEndpoint.class).endpoint);
                    assertThat(context).getBean(SignalCounts.class).isSameAs(context.getBean(OwnEndpoint.class).counts);
                });
    }

    @Test
    void contributorsAddDetailsToSignalsAndReceivers() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=signals")
                .withBean(SignalDetailsContributor.class, () -> new SignalDetailsContributor() {
                    @Override
                    public Map<String, Object> signalDetails(Signal<?> signal) {
                        return Map.of("topic", "orders");
                    }
                })
                .run(context -> {
                    SignalsEndpoint.SignalDescriptor signal = context.getBean(SignalsEndpoint.class).signal("order_completed");
                    assertThat(signal.details()).containsExactly(Map.entry("topic", "orders"));
                    assertThat(signal.receivers()).singleElement().extracting(ReceiverDescriptor::details).isNull();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEndpoint {
        final SignalCounts counts = new SignalCounts(new SignalRegistry(), Clock.systemUTC());
        final SignalsEndpoint endpoint = new SignalsEndpoint(new SignalRegistry(), counts, List.of());

        @Bean
        SignalCounts ownCounts() {
            return counts;
        }

        @Bean
        SignalsEndpoint ownEndpoint() {
            return endpoint;
        }
    }
}
