package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.receiver.SignalReceiverRegistrar;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the signal core: every Signal bean registered by name in a
 * {@link SignalRegistry}, {@code @SignalReceiver} methods connected once the context is ready
 * and disconnected when it closes. Needs neither JPA nor the web.
 */
@AutoConfiguration
@EnableConfigurationProperties(SignalsProperties.class)
public class SignalsAutoConfiguration {

    /** Each context keeps its own registry; a child context must not fill its parent's. */
    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    SignalRegistry signalRegistry(ListableBeanFactory beanFactory) {
        SignalRegistry registry = new SignalRegistry();
        SignalReceiverRegistrar.registerSignalBeans(beanFactory, registry);
        return registry;
    }

    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    SignalReceiverRegistrar signalReceiverRegistrar(SignalRegistry signalRegistry, SignalsProperties properties) {
        return new SignalReceiverRegistrar(signalRegistry, properties.getAsync().getExecutor());
    }
}
