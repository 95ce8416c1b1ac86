package io.github.middlewaresignals.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives every test context a {@link SignalRecorder}, whether its test class records or not: a
 * recorder added only for {@link RecordSignals @RecordSignals} classes would make them start an
 * application context of their own, where an idle one costs a send nothing worth measuring.
 */
final class SignalRecorderContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new SignalRecorderContextCustomizer();
    }
}
