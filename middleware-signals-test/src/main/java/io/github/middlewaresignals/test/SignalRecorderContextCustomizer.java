package io.github.middlewaresignals.test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds an idle {@link SignalRecorder} to a test's application context before it is refreshed. The
 * starter installs every {@code SignalMonitor} bean on the signals the context defines, this one
 * included. Every test context gets the same customizer, so it never splits the context cache.
 */
final class SignalRecorderContextCustomizer implements ContextCustomizer {

    static final String BEAN_NAME = "middlewareSignalsRecorder";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        if (beanFactory.containsBeanDefinition(BEAN_NAME)) {
            return;
        }
        if (beanFactory instanceof BeanDefinitionRegistry registry) {
            RootBeanDefinition definition = new RootBeanDefinition(SignalRecorder.class);
            definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition(BEAN_NAME, definition);
        }
        else {
            beanFactory.registerSingleton(BEAN_NAME, new SignalRecorder());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
