package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.SignalRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Registers every {@code Signal} bean of one application context and its ancestors in that
 * context's {@link SignalRegistry} under its name, so code and receivers can find signals by name.
 * <p>
 * It runs once every singleton exists: by then every signal bean can be created without a cycle
 * through the registry, and the registry is full before any lifecycle starts (the web server, the
 * receivers' connection). A user-defined registry is filled the same way.
 */
public final class SignalRegistryPopulator implements SmartInitializingSingleton {

    private final ConfigurableListableBeanFactory beanFactory;
    private final SignalRegistry registry;

    /**
     * @param beanFactory the context whose signal beans, and those of its ancestors, are registered
     * @param registry    the context's registry
     */
    public SignalRegistryPopulator(ConfigurableListableBeanFactory beanFactory, SignalRegistry registry) {
        this.beanFactory = beanFactory;
        this.registry = registry;
    }

    /** @throws SignalConfigurationException when two different signals share a name */
    @Override
    public void afterSingletonsInstantiated() {
        for (SignalCatalog.Entry entry : SignalCatalog.of(beanFactory).withRegistered(registry).entries()) {
            registry.register(entry.signal());
        }
    }
}
