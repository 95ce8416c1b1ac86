package io.github.middlewaresignals.test;

import io.github.middlewaresignals.signal.SignalMonitor;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records the sends of the signals it monitors while a test records, whichever thread sends them:
 * a request served by a real server sends on the server's threads. One recorder belongs to one
 * application context and is idle between the tests that record, so a test class with
 * {@link RecordSignals @RecordSignals} shares its cached context with the test classes without.
 * <p>
 * It watches sends that reach no receiver too, so that a test sees every send, and a sender that
 * builds its payload only when a send is heard ({@code Signal.isHeard}) builds it in a test context.
 * Muted sends reach no monitor, so it does not record them.
 * <p>
 * One test records at a time: tests that share a context and run in parallel would see each
 * other's sends, so a second recording fails instead.
 */
final class SignalRecorder implements SignalMonitor, RecordedSignals {

    /** The recording of one test method. */
    record Recording(String test, Queue<SentSignal> sends) {
    }

    private volatile Recording current;

    @Override
    public boolean watchesUnheardSends() {
        return true;
    }

    @Override
    public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
        Recording recording = current;
        if (recording != null) {
            recording.sends().add(new SentSignal(signal, sender, payload));
        }
        return null;
    }

    /**
     * Starts recording for one test method.
     *
     * @param test names the test in the error another test gets while this one records
     * @return the recording, to hand back to {@link #stop}
     * @throws IllegalStateException while another test records
     */
    synchronized Recording start(String test) {
        Recording recording = current;
        if (recording != null) {
            throw new IllegalStateException("Cannot record the signals of " + test + ": " + recording.test()
                    + " records the signals of the same application context right now, and each would see the other's sends. "
                    + "Run tests with @RecordSignals that share an application context one at a time "
                    + "(for JUnit's parallel execution, give them a common @ResourceLock).");
        }
        recording = new Recording(test, new ConcurrentLinkedQueue<>());
        current = recording;
        return recording;
    }

    /** Stops the recording, if it is still the current one. */
    synchronized void stop(Recording recording) {
        if (current == recording) {
            current = null;
        }
    }

    @Override
    public List<SentSignal> sends() {
        return List.copyOf(recording().sends());
    }

    @Override
    public void clear() {
        recording().sends().clear();
    }

    private Recording recording() {
        Recording recording = current;
        if (recording == null) {
            throw new IllegalStateException("No test is recording signals now. RecordedSignals answers during the test methods "
                    + "(and their @BeforeEach and @AfterEach methods) of a test class annotated with @RecordSignals.");
        }
        return recording;
    }

    @Override
    public String toString() {
        Recording recording = current;
        return "SignalRecorder[" + (recording == null ? "idle" : "recording " + recording.test()) + "]";
    }
}
