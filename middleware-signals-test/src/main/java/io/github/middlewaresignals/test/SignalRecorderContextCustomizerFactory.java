package io.github.middlewaresignals.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every test context a {@link SignalRecorder}, whether its test class records or not. A
 * recorder added only for {@link RecordSignals @RecordSignals} classes would change their context's
 * cache key and make them start an application context of their own; an idle recorder costs a send
 * one monitor call.
 */
final class SignalRecorderContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new SignalRecorderContextCustomizer();
    }
}
