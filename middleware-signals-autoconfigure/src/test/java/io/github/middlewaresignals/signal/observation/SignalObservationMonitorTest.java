package io.github.middlewaresignals.signal.observation;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.middlewaresignals.signal.Signal;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A send is one observation, with the signal, the sender's class and the outcome as low-cardinality keys. */
class SignalObservationMonitorTest {

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final Signal<String> signal = new Signal<>("order_completed");

    private void observe(SignalSendObservationConvention convention) {
        signal.addMonitor(new SignalObservationMonitor(registry, convention));
    }

    @Test
    void observesASendWithItsSignalSenderAndOutcome() {
        observe(null);
        signal.connect((sender, payload) -> null);

        signal.send(List.class, "order 7");

        assertThat(registry).hasSingleObservationThat().hasNameEqualTo("signals.send")
                .hasContextualNameEqualTo("send order_completed")
                .hasLowCardinalityKeyValue("signal.name", "order_completed")
                .hasLowCardinalityKeyValue("signal.sender", "java.util.List")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasBeenStarted().hasBeenStopped();
    }

    @Test
    void aSendThatThrowsIsAFailureWithItsError() {
        observe(null);
        signal.connect((sender, payload) -> {
            throw new IllegalStateException("no stock");
        });

        assertThatIllegalStateException().isThrownBy(() -> signal.send(null, "order 7")).withMessage("no stock");

        assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("outcome", "FAILURE")
                .hasLowCardinalityKeyValue("signal.sender", "none").hasError().hasBeenStopped();
    }

    @Test
    void aRobustSendWithAFailedReceiverIsAFailureThatThrowsNothing() {
        observe(null);
        signal.connect((sender, payload) -> {
            throw new IllegalStateException("no stock");
        });
        signal.connect((sender, payload) -> "still runs");

        assertThat(signal.sendRobust(null, "order 7")).hasSize(2);

        assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("outcome", "FAILURE").doesNotHaveError();
    }

    @Test
    void whatAReceiverObservesNestsInTheSend() {
        observe(null);
        signal.connect((sender, payload) -> Observation.createNotStarted("inventory.reserve", registry).observe(() -> "reserved"));

        signal.send(null, "order 7");

        assertThat(registry).hasObservationWithNameEqualTo("inventory.reserve").that()
                .hasParentObservationContextMatching(parent -> parent instanceof SignalSendContext send
                        && send.getSignalName().equals("order_completed"));
        assertThat(registry.getCurrentObservation()).as("the send's scope is closed").isNull();
    }

    @Test
    void anAsyncSendIsObservedUntilItsReceiversAreDone() {
        observe(null);
        signal.connect((sender, payload) -> "done");

        signal.asend(null, "order 7").orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(registry).hasSingleObservationThat().hasBeenStopped().hasLowCardinalityKeyValue("outcome", "SUCCESS");
        assertThat(registry.getCurrentObservation()).isNull();
    }

    @Test
    void aConventionOfItsOwnReplacesTheDefault() {
        observe(new DefaultSignalSendObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(SignalSendContext context) {
                return super.getLowCardinalityKeyValues(context).and(KeyValue.of("tenant", "acme"));
            }
        });
        signal.connect((sender, payload) -> null);

        signal.send(null, "order 7");

        assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("tenant", "acme")
                .hasLowCardinalityKeyValue("signal.name", "order_completed");
    }

    @Test
    void aRegistryWithoutHandlersGetsNothingStarted() {
        ObservationRegistry withoutHandlers = ObservationRegistry.create();
        SignalObservationMonitor monitor = new SignalObservationMonitor(withoutHandlers, null);

        assertThat(monitor.sendStarted("order_completed", null, "order 7", false)).isNull();
        assertThat(withoutHandlers.getCurrentObservation()).isNull();
    }
}
