package io.github.middlewaresignals.signal.durable;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Spring Modulith's externalization configuration with the signals of {@code signals.externalize}
 * in front: those go to their topics as their payloads; every other event is left to the configuration
 * it wraps (by default Modulith's own, for {@code @Externalized} events).
 */
public final class SignalExternalizationConfiguration implements EventExternalizationConfiguration {

    private final Supplier<ExternalizedSignals> externalizedSignals;
    private final EventExternalizationConfiguration others;
    private volatile ExternalizedSignals signals;

    /**
     * @param externalizedSignals the externalized signals, looked up at the first event: this configuration is needed
     *                            while the context is still being set up, before they can be created
     * @param others              the configuration for every other event
     */
    public SignalExternalizationConfiguration(Supplier<ExternalizedSignals> externalizedSignals, EventExternalizationConfiguration others) {
        this.externalizedSignals = externalizedSignals;
        this.others = others;
    }

    private ExternalizedSignals signals() {
        ExternalizedSignals resolved = signals;
        if (resolved == null) {
            resolved = externalizedSignals.get();
            signals = resolved;
        }
        return resolved;
    }

    @Override
    public boolean supports(Object event) {
        return signals().supports(event) || others.supports(event);
    }

    @Override
    public Object map(Object event) {
        return signals().supports(event) ? signals().payload((ExternalizedSignal) event) : others.map(event);
    }

    @Override
    public RoutingTarget determineTarget(Object event) {
        if (!signals().supports(event)) {
            return others.determineTarget(event);
        }
        ExternalizedSignal signal = (ExternalizedSignal) event;
        RoutingTarget.RoutingTargetBuilder target = RoutingTarget.forTarget(signals().target(signal));
        String key = signals().key(signal);
        return key == null ? target.withoutKey() : target.andKey(key);
    }

    @Override
    public Map<String, Object> getHeadersFor(Object event) {
        return signals().supports(event) ? Map.of() : others.getHeadersFor(event);
    }

    @Override
    public boolean serializeExternalization() {
        return others.serializeExternalization();
    }
}
