package io.github.middlewaresignals.test;

import io.github.middlewaresignals.signal.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recorder on plain signals, without Spring: what it records, when, and what it refuses. */
class SignalRecorderTest {

    private final SignalRecorder recorder = new SignalRecorder();
    private final Signal<String> heard = new Signal<>("heard");
    private final Signal<Integer> unheard = new Signal<>("unheard");
    private final List<String> received = new ArrayList<>();

    @BeforeEach
    void installRecorder() {
        heard.connect((sender, payload) -> received.add(payload));
        heard.addMonitor(recorder);
        unheard.addMonitor(recorder);
    }

    @Test
    void recordsEverySendInOrderWithSenderAndPayloadIncludingSendsNoReceiverHears() {
        recorder.start("A.a");

        heard.send(SignalRecorderTest.class, "first");
        unheard.send(null, 2);
        heard.sendRobust("a sender", "third");

        assertThat(recorder.sends()).containsExactly(
                new SentSignal("heard", SignalRecorderTest.class, "first"),
                new SentSignal("unheard", null, 2),
                new SentSignal("heard", "a sender", "third"));
        assertThat(received).containsExactly("first", "third");
    }

    @Test
    void makesTheSignalsItWatchesHeardSoSendersBuildTheirPayloads() {
        assertThat(unheard.hasListeners()).isFalse();
        assertThat(unheard.isHeard(Object.class)).isTrue();
    }

    @Test
    void recordsSendsFromOtherThreads() {
        recorder.start("A.a");

        CompletableFuture.runAsync(() -> unheard.send(SignalRecorderTest.class, 1)).join();
        heard.asend(SignalRecorderTest.class, "async").join();

        assertThat(recorder.sends()).extracting(SentSignal::name).containsExactly("unheard", "heard");
    }

    @Test
    void recordsNothingBeforeATestStartsOrAfterItStops() {
        heard.send(null, "before");
        SignalRecorder.Recording recording = recorder.start("A.a");
        assertThat(recorder.sends()).isEmpty();

        recorder.stop(recording);
        heard.send(null, "after");

        SignalRecorder.Recording next = recorder.start("A.b");
        assertThat(recorder.sends()).isEmpty();
        recorder.stop(next);
    }

    @Test
    void doesNotRecordMutedSends() {
        recorder.start("A.a");

        try (Signal.Muting muted = Signal.mute(heard)) {
            heard.send(null, "muted");
        }
        heard.send(null, "heard again");

        assertThat(recorder.sends()).extracting(SentSignal::payload).containsExactly("heard again");
    }

    @Test
    void clearForgetsWhatWasRecordedAndKeepsRecording() {
        recorder.start("A.a");
        heard.send(null, "fixture");

        recorder.clear();
        heard.send(null, "under test");

        assertThat(recorder.sends()).extracting(SentSignal::payload).containsExactly("under test");
    }

    @Test
    void refusesASecondRecordingWhileOneIsUnderWay() {
        recorder.start("OrderTest.completes");

        assertThatThrownBy(() -> recorder.start("StockTest.reports"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot record the signals of StockTest.reports: OrderTest.completes records the signals "
                        + "of the same application context right now")
                .hasMessageContaining("give them a common @ResourceLock");
    }

    @Test
    void aStopForAnEarlierRecordingLeavesTheCurrentOneAlone() {
        SignalRecorder.Recording earlier = recorder.start("A.a");
        recorder.stop(earlier);
        recorder.start("A.b");

        recorder.stop(earlier);
        heard.send(null, "still recorded");

        assertThat(recorder.sends()).hasSize(1);
    }

    @Test
    void answersOnlyWhileATestRecords() {
        assertThatThrownBy(recorder::sends)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No test is recording signals now. RecordedSignals answers during the test methods (and their "
                        + "@BeforeEach and @AfterEach methods) of a test class annotated with @RecordSignals.");
        assertThatThrownBy(recorder::clear).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No test is recording signals now.");
    }
}
