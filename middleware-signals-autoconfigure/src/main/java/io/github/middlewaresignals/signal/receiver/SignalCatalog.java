package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.model.ModelSignals;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * The signals of one application context: every {@link Signal} bean (including those of parent
 * contexts) and the four signals of every {@code ModelSignals} bean, under {@link Signal#name()},
 * with the payload type its bean definition declares.
 */
final class SignalCatalog {

    /**
     * @param signal      the signal
     * @param payloadType the payload class from the bean's generic type, or null when it is not declared
     * @param beanName    the bean that defines it, or null for a signal registered by hand
     */
    record Entry(Signal<?> signal, Class<?> payloadType, String beanName) {

        String name() {
            return signal.name();
        }

        boolean isModelSignal() {
            return ModelSignalPayloads.isModelSignal(signal.name());
        }
    }

    private final Map<String, Entry> entries;

    private SignalCatalog(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Registers every Signal bean in the registry and describes them.
     *
     * @throws SignalConfigurationException when two different signals share a name
     */
    @SuppressWarnings("rawtypes")
    static SignalCatalog collect(ListableBeanFactory beanFactory, SignalRegistry registry) {
        Map<String, Entry> entries = new TreeMap<>();
        Map<String, Signal> beans = BeanFactoryUtils.beansOfTypeIncludingAncestors(beanFactory, Signal.class);
        for (Map.Entry<String, Signal> bean : beans.entrySet()) {
            Signal<?> signal = bean.getValue();
            Entry existing = entries.get(signal.name());
            if (existing != null && existing.signal() != signal) {
                throw duplicate(signal.name(), "beans '" + existing.beanName() + "' and '" + bean.getKey() + "'");
            }
            if (existing == null) {
                entries.put(signal.name(), new Entry(signal, payloadType(beanFactory, bean.getKey(), signal), bean.getKey()));
            }
        }
        // the four model signals count even where they are reachable only through their ModelSignals bean
        for (Map.Entry<String, ModelSignals> bean : BeanFactoryUtils.beansOfTypeIncludingAncestors(beanFactory, ModelSignals.class).entrySet()) {
            ModelSignals modelSignals = bean.getValue();
            for (Signal<?> signal : List.of(modelSignals.preSave(), modelSignals.postSave(), modelSignals.preDelete(), modelSignals.postDelete())) {
                Entry existing = entries.get(signal.name());
                if (existing != null && existing.signal() != signal) {
                    throw duplicate(signal.name(), "bean '" + existing.beanName() + "' and the ModelSignals bean '" + bean.getKey() + "'");
                }
                if (existing == null) {
                    entries.put(signal.name(), new Entry(signal, ModelSignalPayloads.payloadOf(signal.name()), bean.getKey()));
                }
            }
        }
        for (Entry entry : entries.values()) {
            Signal<?> registered = registry.find(entry.name()).orElse(null);
            if (registered != null && registered != entry.signal()) {
                throw duplicate(entry.name(), "bean '" + entry.beanName() + "' and a signal registered by hand in the SignalRegistry");
            }
            registry.register(entry.signal());
        }
        for (Signal<?> signal : registry.signals().values()) {
            entries.putIfAbsent(signal.name(), new Entry(signal, ModelSignalPayloads.payloadOf(signal.name()), null));
        }
        return new SignalCatalog(entries);
    }

    private static SignalConfigurationException duplicate(String name, String which) {
        return new SignalConfigurationException(
                "Two different signals are named '" + name + "': " + which + ". A signal name must be unique, because receivers find signals by name.",
                "Give each signal its own name (new Signal<>(\"...\")), or define the signal once as a bean and inject it where it is sent.");
    }

    /** The P of {@code @Bean Signal<P>}, for matching receiver parameters; model signals are known without it. */
    private static Class<?> payloadType(ListableBeanFactory beanFactory, String beanName, Signal<?> signal) {
        Class<?> declared = null;
        if (beanFactory instanceof ConfigurableListableBeanFactory configurable) {
            try {
                ResolvableType beanType = configurable.getMergedBeanDefinition(beanName).getResolvableType();
                declared = beanType.as(Signal.class).getGeneric(0).resolve();
            } catch (NoSuchBeanDefinitionException e) {
                // a singleton registered without a definition: its payload type is unknown
            }
        }
        return declared != null ? declared : ModelSignalPayloads.payloadOf(signal.name());
    }

    Entry find(String name) {
        return entries.get(name);
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    Set<String> names() {
        return entries.keySet();
    }
}
