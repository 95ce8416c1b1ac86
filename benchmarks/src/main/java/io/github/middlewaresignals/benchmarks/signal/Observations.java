package io.github.middlewaresignals.benchmarks.signal;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/** The observation registries the signal benchmarks run with, as an application bean. */
public enum Observations {

    /** No ObservationRegistry bean: the starter installs no observation monitor. */
    NONE,
    /** A registry without handlers, as an application has before anything consumes observations. */
    REGISTRY_WITHOUT_HANDLERS,
    /** A registry with the handler Spring Boot registers with Actuator: each observation becomes a timer. */
    DEFAULT_METER_HANDLER;

    /** @return the registry bean of this setting, or {@code null} for none */
    ObservationRegistry registry() {
        return switch (this) {
            case NONE -> null;
            case REGISTRY_WITHOUT_HANDLERS -> ObservationRegistry.create();
            case DEFAULT_METER_HANDLER -> {
                ObservationRegistry registry = ObservationRegistry.create();
                registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
                yield registry;
            }
        };
    }
}
