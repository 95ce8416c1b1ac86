package io.github.middlewaresignals.test;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the sends a test recorded, read as sentences:
 * <pre>
 * assertThat(recorded).sent("post_save").from(Customer.class).once();
 * assertThat(recorded).sent(OrderCompleted.class).once().payloads(OrderCompleted.class).singleElement()
 *         .extracting(OrderCompleted::total).isEqualTo(42);
 * assertThat(recorded).sentInOrder("pre_save", "post_save", "order_completed");
 * assertThat(recorded).didNotSend("post_delete");
 * </pre>
 * {@code assertThat(recorded)} is AssertJ's own: {@link RecordedSignals} provides these assertions.
 * Each assertion reads the sends as they were when {@code assertThat} was called; a failure lists
 * every recorded send.
 */
public final class RecordedSignalsAssert extends AbstractAssert<RecordedSignalsAssert, List<SentSignal>> {

    RecordedSignalsAssert(List<SentSignal> sends) {
        super(List.copyOf(sends), RecordedSignalsAssert.class);
    }

    /**
     * Verifies that the signal with this name was sent at least once.
     *
     * @return assertions on those sends
     */
    public SentSignalsAssert sent(String signalName) {
        return new SentSignalsAssert(actual, actual.stream().filter(sent -> sent.name().equals(signalName)).toList(),
                "of " + signalName).exists();
    }

    /**
     * Verifies that a send carried a payload of this type (of whichever signal) at least once.
     *
     * @return assertions on those sends
     */
    public SentSignalsAssert sent(Class<?> payloadType) {
        return new SentSignalsAssert(actual, actual.stream().filter(sent -> payloadType.isInstance(sent.payload())).toList(),
                "carrying " + payloadType.getSimpleName()).exists();
    }

    /** Verifies that the signal with this name was not sent. */
    public RecordedSignalsAssert didNotSend(String signalName) {
        long count = actual.stream().filter(sent -> sent.name().equals(signalName)).count();
        if (count > 0) {
            failWithMessage("%s", "Expected no send of " + signalName + ", but it was sent " + SendListing.times(count)
                    + ".\n" + SendListing.of(actual));
        }
        return this;
    }

    /** Verifies that no signal was sent. */
    public RecordedSignalsAssert sentNothing() {
        if (!actual.isEmpty()) {
            failWithMessage("%s", "Expected no send, but " + actual.size() + (actual.size() == 1 ? " was" : " were")
                    + " recorded.\n" + SendListing.of(actual));
        }
        return this;
    }

    /**
     * Verifies that these signals were sent in this order; other sends may come before, between and
     * after them.
     */
    public RecordedSignalsAssert sentInOrder(String... signalNames) {
        int next = 0;
        for (SentSignal sent : actual) {
            if (next < signalNames.length && sent.name().equals(signalNames[next])) {
                next++;
            }
        }
        if (next < signalNames.length) {
            String missing = next == 0 ? "no send of " + signalNames[0] + " was recorded"
                    : "no send of " + signalNames[next] + " followed the send of " + signalNames[next - 1];
            failWithMessage("%s", "Expected sends of " + Arrays.toString(signalNames) + " in this order, but " + missing + ".\n"
                    + SendListing.of(actual));
        }
        return this;
    }
}
