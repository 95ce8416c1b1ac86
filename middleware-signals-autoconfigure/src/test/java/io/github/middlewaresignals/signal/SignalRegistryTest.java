package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SignalRegistryTest {

    private final SignalRegistry registry = new SignalRegistry();

    @Test
    void findsSignalsByName() {
        Signal<String> orderCompleted = new Signal<>("order_completed");
        registry.register(orderCompleted);
        registry.register(new Signal<>("order_refunded"));

        Signal<String> found = registry.get("order_completed");
        assertThat(found).isSameAs(orderCompleted);
        assertThat(registry.find("order_completed")).containsSame(orderCompleted);
        assertThat(registry.find("nope")).isEmpty();
        assertThat(registry.contains("order_refunded")).isTrue();
        assertThat(registry.names()).containsExactly("order_completed", "order_refunded");
    }

    @Test
    void registeringTheSameSignalTwiceIsHarmless() {
        Signal<String> signal = new Signal<>("order_completed");
        registry.register(signal);
        registry.register(signal);
        assertThat(registry.signals()).containsOnlyKeys("order_completed");
    }

    @Test
    void aSecondSignalWithATakenNameIsRejected() {
        registry.register(new Signal<>("order_completed"));
        assertThatThrownBy(() -> registry.register(new Signal<>("order_completed")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'order_completed'");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        registry.register(new Signal<>("b"));
        registry.register(new Signal<>("a"));
        assertThatThrownBy(() -> registry.get("c"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("'c'").hasMessageContaining("[a, b]");
    }
}
