package io.github.middlewaresignals.test;

import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.receiver.ContextSignalSettings;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;

/**
 * What the test kit needs from a test's application context (its signals, its recorder), with an
 * error that names the test and says what to do when the context lacks them.
 */
final class TestContextSignals {

    private TestContextSignals() {
    }

    /**
     * @param annotated names the annotation and where it is, for the error
     * @return the context's registry of signals
     */
    static SignalRegistry registry(ApplicationContext context, String annotated) {
        SignalRegistry registry = context.getBeanProvider(SignalRegistry.class).getIfAvailable();
        if (registry == null) {
            throw notConfigured(annotated);
        }
        return registry;
    }

    /**
     * @param annotated names the annotation and where it is, for the error
     * @return the recorder, installed on the signals the context defines
     */
    static SignalRecorder recorder(ApplicationContext context, String annotated) {
        // the signal settings install every monitor bean, the recorder among them
        if (context.getBeanProvider(ContextSignalSettings.class).getIfAvailable() == null) {
            throw notConfigured(annotated);
        }
        try {
            return context.getBean(SignalRecorder.class);
        }
        catch (NoSuchBeanDefinitionException e) {
            throw new IllegalStateException(annotated + " found no signal recorder in the test's application context: the test "
                    + "kit's ContextCustomizerFactory adds it, and this test's bootstrapper did not apply it. Use Spring's default "
                    + "test bootstrapping, or Spring Boot's.", e);
        }
    }

    /** @return the test method as errors name it: {@code CheckoutTest.sendsAnOrder} */
    static String testName(TestContext testContext) {
        return testContext.getTestClass().getSimpleName() + "." + testContext.getTestMethod().getName();
    }

    private static IllegalStateException notConfigured(String annotated) {
        return new IllegalStateException(annotated + " needs the signals of middleware-signals in the test's application context, "
                + "and that context does not configure them. Add middleware-signals-spring-boot-starter to the application "
                + "(Spring Boot's test annotations and test slices then include it), or import SignalsAutoConfiguration into "
                + "a plain Spring test's configuration.");
    }
}
