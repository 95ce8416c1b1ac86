package io.github.middlewaresignals.test;

import java.util.List;
import org.assertj.core.api.AssertProvider;

/**
 * The signals sent during the current test method of a test class annotated with
 * {@link RecordSignals @RecordSignals}, in the order their sends began, from whichever thread
 * sent them. Inject it into a field ({@code @Autowired RecordedSignals recorded}) or take it as a
 * parameter of a test or lifecycle method.
 * <p>
 * It answers from the start of each test method's {@code @BeforeEach} methods to the end of its
 * {@code @AfterEach} methods; outside of that, and in a test class without {@code @RecordSignals},
 * each method throws an {@link IllegalStateException} that says so.
 * <p>
 * AssertJ's {@code assertThat(recorded)} gives {@link RecordedSignalsAssert}, assertions that read as
 * sentences: {@code assertThat(recorded).sent("post_save").from(Customer.class).once()}.
 */
public interface RecordedSignals extends AssertProvider<RecordedSignalsAssert> {

    /** @return every send recorded so far, in the order the sends began; a snapshot */
    List<SentSignal> sends();

    /** @return the sends of the signal with this name, in order */
    default List<SentSignal> sends(String signalName) {
        return sends().stream().filter(sent -> sent.name().equals(signalName)).toList();
    }

    /** @return the sends of the signal with this name from this sender (see {@link SentSignal#isFrom}), in order */
    default List<SentSignal> sends(String signalName, Object sender) {
        return sends(signalName).stream().filter(sent -> sent.isFrom(sender)).toList();
    }

    /** @return the payloads of this type, of whichever signal, in the order they were sent */
    default <P> List<P> payloads(Class<P> payloadType) {
        return sends().stream().map(SentSignal::payload).filter(payloadType::isInstance).map(payloadType::cast).toList();
    }

    /** Forgets what was recorded so far in this test method, e.g. the sends of fixtures saved in {@code @BeforeEach}. */
    void clear();

    /** @return assertions on what is recorded now (AssertJ's {@code assertThat(recorded)} calls this) */
    @Override
    default RecordedSignalsAssert assertThat() {
        return new RecordedSignalsAssert(sends());
    }
}
