package io.github.middlewaresignals.test;

import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.Signal;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * What a test that uses the kit wrongly is told. Each case is a test class of its own, run by
 * JUnit's engine test kit; the build itself does not run them (nested static classes).
 */
class TestKitMisuseTest {

    @Test
    void aMutedNameNoSignalHasFailsTheTestAndListsTheSignals() {
        failures(MutesAMisspelledSignal.class).assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(IllegalStateException.class),
                message("@MuteSignals on MutesAMisspelledSignal.completesAnOrder names the signal 'order_complete', but the test's "
                        + "application context has no signal of that name. Its signals: [order_completed].")));
    }

    @Test
    void recordedSignalsInATestClassThatDoesNotRecordFailsWithTheAnnotationToAdd() {
        failures(ReadsRecordedSignalsWithoutRecording.class).assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(IllegalStateException.class),
                message(text -> text.startsWith("No test is recording signals now.")
                        && text.contains("a test class annotated with @RecordSignals"))));
    }

    @Test
    void recordSignalsInAContextWithoutSignalsFailsWithWhatToAdd() {
        failures(RecordsWithoutSignals.class).assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(IllegalStateException.class),
                message(text -> text.startsWith("@RecordSignals on RecordsWithoutSignals.sendsNothing needs the signals of "
                        + "middleware-signals in the test's application context")
                        && text.contains("Add middleware-signals-spring-boot-starter"))));
    }

    @Test
    void recordSignalsWorksInAPlainSpringTestThatImportsTheSignals() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(RecordsInAPlainSpringTest.class)).execute().testEvents();

        assertThat(tests.succeeded().count()).isEqualTo(1);
        assertThat(tests.failed().count()).isZero();
    }

    private static Events failures(Class<?> testClass) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
        assertThat(tests.succeeded().count()).as("tests of %s that passed", testClass.getSimpleName()).isZero();
        return tests.failed();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(SignalsAutoConfiguration.class)
    static class SignalsOnly {

        @Bean
        Signal<String> orderCompleted() {
            return new Signal<>("order_completed");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NoSignals {
    }

    @SpringJUnitConfig(SignalsOnly.class)
    @MuteSignals("order_complete")
    static class MutesAMisspelledSignal {

        @Test
        void completesAnOrder() {
        }
    }

    @SpringJUnitConfig(SignalsOnly.class)
    static class ReadsRecordedSignalsWithoutRecording {

        @Autowired
        RecordedSignals recorded;

        @Test
        void readsTheRecording() {
            recorded.sends();
        }
    }

    @SpringJUnitConfig(NoSignals.class)
    @RecordSignals
    static class RecordsWithoutSignals {

        @Test
        void sendsNothing() {
        }
    }

    @SpringJUnitConfig(SignalsOnly.class)
    @RecordSignals
    static class RecordsInAPlainSpringTest {

        @Autowired
        Signal<String> orderCompleted;

        @Test
        void recordsASendNobodyHears(RecordedSignals recorded) {
            orderCompleted.send(null, "Ada");

            assertThat(recorded).sent("order_completed").once();
        }
    }
}
