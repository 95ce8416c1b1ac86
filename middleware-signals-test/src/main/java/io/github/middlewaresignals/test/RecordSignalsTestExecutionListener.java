package io.github.middlewaresignals.test;

import org.springframework.core.Conventions;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Records the signals of each test method of a class annotated with {@link RecordSignals}: a new,
 * empty recording from before its {@code @BeforeEach} methods to after its {@code @AfterEach} methods
 * and the end of its test-managed transaction. For any other test class it does nothing, and it
 * never loads an application context.
 */
final class RecordSignalsTestExecutionListener extends AbstractTestExecutionListener {

    private static final String RECORDING = Conventions.getQualifiedAttributeName(RecordSignalsTestExecutionListener.class, "recording");

    /** After Spring's own listener for recorded application events, before dependency injection and transactions. */
    @Override
    public int getOrder() {
        return 1850;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), RecordSignals.class)) {
            return;
        }
        String test = TestContextSignals.testName(testContext);
        SignalRecorder recorder = TestContextSignals.recorder(testContext.getApplicationContext(), "@RecordSignals on " + test);
        testContext.setAttribute(RECORDING, new StartedRecording(recorder, recorder.start(test)));
    }

    /** Stops what this test started; the context may be closed already (a dirtied context), so it is not asked again. */
    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.removeAttribute(RECORDING) instanceof StartedRecording started) {
            started.recorder().stop(started.recording());
        }
    }

    private record StartedRecording(SignalRecorder recorder, SignalRecorder.Recording recording) {
    }
}
