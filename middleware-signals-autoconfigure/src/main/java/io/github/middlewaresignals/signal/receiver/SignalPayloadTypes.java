package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Signal;
import java.util.Set;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The signals of one application context with the payload classes their beans declare
 * ({@code @Bean Signal<OrderCompleted>}): what code that reads payloads back from outside the JVM (a
 * broker, a database) needs to know to read them as the right class.
 */
public final class SignalPayloadTypes {

    private final SignalCatalog catalog;

    private SignalPayloadTypes(SignalCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @throws SignalConfigurationException when two different signals share a name
     */
    public static SignalPayloadTypes of(ConfigurableListableBeanFactory beanFactory) {
        return new SignalPayloadTypes(SignalCatalog.of(beanFactory));
    }

    /** @return the signal with this name, or null */
    public Signal<?> signal(String name) {
        SignalCatalog.Entry entry = catalog.find(name);
        return entry == null ? null : entry.signal();
    }

    /** @return the payload class the signal's bean declares, or null when the signal is unknown or declares none */
    public Class<?> payloadType(String name) {
        SignalCatalog.Entry entry = catalog.find(name);
        return entry == null ? null : entry.payloadType();
    }

    /** @return every signal name, sorted */
    public Set<String> names() {
        return catalog.names();
    }
}
