package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.model.ModelSignals;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

/**
 * The signals of one application context by {@link Signal#name()}: every {@link Signal} bean
 * (including those of parent contexts), the signals of every {@code ModelSignals} bean, and,
 * when asked, the signals registered by hand in a {@link SignalRegistry}. Reading it changes nothing.
 */
final class SignalCatalog {

    /**
     * @param signal      the signal
     * @param payloadType the payload class from the bean's generic type, or null when it is not declared
     * @param beanName    the bean that defines it, or null for a signal registered by hand
     * @param local       whether this context defines it, rather than a parent context or a registry
     */
    record Entry(Signal<?> signal, Class<?> payloadType, String beanName, boolean local) {

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
     * Describes the signals the beans of this context and its ancestors define.
     *
     * @throws SignalConfigurationException when two different signals share a name
     */
    @SuppressWarnings("rawtypes")
    static SignalCatalog of(ConfigurableListableBeanFactory beanFactory) {
        Map<String, Entry> entries = new TreeMap<>();
        // this context's beans come first, so a signal shared with a parent counts as this context's
        Map<String, Signal> beans = BeanFactoryUtils.beansOfTypeIncludingAncestors(beanFactory, Signal.class);
        for (Map.Entry<String, Signal> bean : beans.entrySet()) {
            Signal<?> signal = bean.getValue();
            add(entries, new Entry(signal, payloadType(beanFactory, bean.getKey(), signal), bean.getKey(),
                    beanFactory.containsLocalBean(bean.getKey())), "bean '" + bean.getKey() + "'");
        }
        // the model signals count even where they are reachable only through their ModelSignals bean
        for (Map.Entry<String, ModelSignals> bean : BeanFactoryUtils.beansOfTypeIncludingAncestors(beanFactory, ModelSignals.class).entrySet()) {
            ModelSignals modelSignals = bean.getValue();
            boolean local = beanFactory.containsLocalBean(bean.getKey());
            for (Signal<?> signal : modelSignals.all()) {
                add(entries, new Entry(signal, ModelSignalPayloads.payloadOf(signal.name()), bean.getKey(), local),
                        "the ModelSignals bean '" + bean.getKey() + "'");
            }
        }
        return new SignalCatalog(entries);
    }

    /**
     * Adds the signals registered by hand in the registry under names no bean uses.
     *
     * @throws SignalConfigurationException when the registry holds a different signal under a bean signal's name
     */
    SignalCatalog withRegistered(SignalRegistry registry) {
        Map<String, Entry> all = new TreeMap<>(entries);
        for (Signal<?> signal : registry.signals().values()) {
            add(all, new Entry(signal, ModelSignalPayloads.payloadOf(signal.name()), null, false), "a signal registered by hand in the SignalRegistry");
        }
        return new SignalCatalog(all);
    }

    private static void add(Map<String, Entry> entries, Entry entry, String source) {
        Entry existing = entries.putIfAbsent(entry.name(), entry);
        if (existing != null && existing.signal() != entry.signal()) {
            throw new SignalConfigurationException(
                    "Two different signals are named '" + entry.name() + "': bean '" + existing.beanName() + "' and " + source
                            + ". A signal name must be unique, because receivers find signals by name.",
                    "Give each signal its own name (new Signal<>(\"...\")), or define the signal once as a bean and inject it where it is sent.");
        }
    }

    /** The P of {@code @Bean Signal<P>}, for matching receiver parameters; model signals are known without it. */
    private static Class<?> payloadType(ConfigurableListableBeanFactory beanFactory, String beanName, Signal<?> signal) {
        Class<?> declared = null;
        try {
            ResolvableType beanType = beanFactory.getMergedBeanDefinition(beanName).getResolvableType();
            declared = beanType.as(Signal.class).getGeneric(0).resolve();
        } catch (NoSuchBeanDefinitionException e) {
            // a singleton registered without a definition: its payload type is unknown
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
