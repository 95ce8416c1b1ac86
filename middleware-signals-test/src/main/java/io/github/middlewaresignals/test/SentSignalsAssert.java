package io.github.middlewaresignals.test;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on some of the recorded sends, as {@link RecordedSignalsAssert#sent} selects them:
 * narrow them by sender, count them, and go on to their payloads with AssertJ's list assertions.
 * A failure lists every recorded send, not only the selected ones.
 */
public final class SentSignalsAssert extends AbstractAssert<SentSignalsAssert, List<SentSignal>> {

    private final List<SentSignal> recorded;
    /** How a message names the selection: "of post_save from Customer". */
    private final String selection;

    SentSignalsAssert(List<SentSignal> recorded, List<SentSignal> selected, String selection) {
        super(List.copyOf(selected), SentSignalsAssert.class);
        this.recorded = recorded;
        this.selection = selection;
    }

    /**
     * Verifies that some of these sends came from this sender: the sender itself, or, given a class, an
     * instance of it ({@link SentSignal#isFrom}); {@code from(Customer.class)} matches the model signals
     * of a {@code Customer}.
     *
     * @return assertions on the sends from that sender
     */
    public SentSignalsAssert from(Object sender) {
        String name = sender instanceof Class<?> type ? type.getSimpleName() : String.valueOf(sender);
        return new SentSignalsAssert(recorded, actual.stream().filter(sent -> sent.isFrom(sender)).toList(),
                selection + " from " + name).exists();
    }

    /** Verifies that there was exactly one such send. */
    public SentSignalsAssert once() {
        return times(1);
    }

    /** Verifies that there were exactly this many such sends. */
    public SentSignalsAssert times(int expected) {
        if (actual.size() != expected) {
            failWithMessage("%s", "Expected " + (expected == 1 ? "one send " : expected + " sends ") + selection
                    + ", but there " + (actual.size() == 1 ? "was 1" : "were " + actual.size()) + ".\n" + SendListing.of(recorded));
        }
        return this;
    }

    /**
     * Verifies that every one of these sends carried a payload of this type, and goes on to the
     * payloads, in order: {@code .payloads(OrderCompleted.class).singleElement().isEqualTo(expected)}.
     *
     * @return AssertJ's assertions on the payloads
     */
    public <P> ListAssert<P> payloads(Class<P> payloadType) {
        Optional<SentSignal> other = actual.stream().filter(sent -> !payloadType.isInstance(sent.payload())).findFirst();
        if (other.isPresent()) {
            failWithMessage("%s", "Expected every payload " + selection + " to be an instance of " + payloadType.getSimpleName()
                    + ", but this one is not: " + other.get() + ".\n" + SendListing.of(recorded));
        }
        List<P> payloads = actual.stream().map(sent -> payloadType.cast(sent.payload())).toList();
        return Assertions.assertThat(payloads).as("payloads " + selection);
    }

    SentSignalsAssert exists() {
        if (actual.isEmpty()) {
            failWithMessage("%s", "Expected a send " + selection + ", but none was recorded.\n" + SendListing.of(recorded));
        }
        return this;
    }
}
