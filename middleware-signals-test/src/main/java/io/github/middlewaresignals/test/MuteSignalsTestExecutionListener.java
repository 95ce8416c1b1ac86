package io.github.middlewaresignals.test;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.Conventions;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Mutes the signals {@link MuteSignals} names, on the test's thread, from before a test method's
 * {@code @BeforeEach} methods to after its {@code @AfterEach} methods and the end of its
 * test-managed transaction. For any other test it does nothing, and it never loads an application
 * context.
 */
final class MuteSignalsTestExecutionListener extends AbstractTestExecutionListener {

    private static final String MUTING = Conventions.getQualifiedAttributeName(MuteSignalsTestExecutionListener.class, "muting");

    /** Right after the recording starts, so the same callbacks are muted and recorded. */
    @Override
    public int getOrder() {
        return 1860;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        Set<String> names = mutedNames(testContext);
        if (names.isEmpty()) {
            return;
        }
        SignalRegistry registry = TestContextSignals.registry(testContext.getApplicationContext(), "@MuteSignals on " + TestContextSignals.testName(testContext));
        List<Signal<?>> signals = new ArrayList<>();
        for (String name : names) {
            signals.add(registry.find(name).orElseThrow(() -> new IllegalStateException("@MuteSignals on "
                    + TestContextSignals.testName(testContext) + " names the signal '" + name
                    + "', but the test's application context has no signal of that name. Its signals: " + registry.names() + ".")));
        }
        testContext.setAttribute(MUTING, Signal.mute(signals.toArray(Signal<?>[]::new)));
    }

    /** Closes what this test opened; the context may be closed already (a dirtied context), so it is not asked again. */
    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.removeAttribute(MUTING) instanceof Signal.Muting muting) {
            muting.close();
        }
    }

    /** The names on the test class (or a class that encloses it) and on the test method, together. */
    private static Set<String> mutedNames(TestContext testContext) {
        Set<String> names = new LinkedHashSet<>();
        MuteSignals onClass = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(), MuteSignals.class);
        MuteSignals onMethod = AnnotatedElementUtils.findMergedAnnotation(testContext.getTestMethod(), MuteSignals.class);
        for (MuteSignals mute : new MuteSignals[] {onClass, onMethod}) {
            if (mute != null) {
                if (mute.value().length == 0) {
                    throw new IllegalStateException("@MuteSignals on " + TestContextSignals.testName(testContext) + " names no signal; "
                            + "name the signals to mute, e.g. @MuteSignals(\"post_save\").");
                }
                names.addAll(List.of(mute.value()));
            }
        }
        return names;
    }
}
