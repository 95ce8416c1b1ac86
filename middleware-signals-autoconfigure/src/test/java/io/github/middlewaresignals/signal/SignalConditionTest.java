package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalConditionTest {

    private final Signal<Integer> signal = new Signal<>("order_completed");
    private final List<String> calls = new ArrayList<>();

    private Receiver<Object> recording(String label) {
        return (sender, payload) -> {
            calls.add(label + ":" + payload);
            return label;
        };
    }

    @Test
    void aReceiverRunsOnlyForSendsItsConditionAccepts() {
        signal.connect(recording("big"), ReceiverOptions.DEFAULT.withCondition((sender, payload) -> (Integer) payload > 100));
        signal.connect(recording("all"));

        List<ReceiverResult> small = signal.send("shop", 5);
        List<ReceiverResult> big = signal.send("shop", 500);

        assertThat(calls).containsExactly("all:5", "big:500", "all:500");
        assertThat(small).extracting(ReceiverResult::value).containsExactly("all");
        assertThat(big).extracting(ReceiverResult::value).containsExactly("big", "all");
    }

    @Test
    void theConditionSeesTheSender() {
        signal.connect(recording("shop-only"), ReceiverOptions.DEFAULT.withCondition((sender, payload) -> "shop".equals(sender)));

        signal.send("warehouse", 1);
        signal.send("shop", 2);

        assertThat(calls).containsExactly("shop-only:2");
    }

    @Test
    void aConditionThatThrowsFailsTheSendAsItsReceiverWould() {
        IllegalStateException broken = new IllegalStateException("bad expression");
        signal.connect(recording("guarded"), ReceiverOptions.DEFAULT.withCondition((sender, payload) -> {
            throw broken;
        }));
        signal.connect(recording("after"));

        assertThatThrownBy(() -> signal.send("shop", 1)).isSameAs(broken);
        assertThat(calls).isEmpty();

        List<ReceiverResult> robust = signal.sendRobust("shop", 2);
        assertThat(robust).extracting(ReceiverResult::error).containsExactly(broken, null);
        assertThat(calls).containsExactly("after:2");
    }

    @Test
    void aCheckedConditionFailureIsWrappedLikeAReceiversOwn() {
        IOException checked = new IOException("lookup failed");
        signal.connect(recording("guarded"), ReceiverOptions.DEFAULT.withCondition((sender, payload) -> {
            throw checked;
        }));

        assertThatThrownBy(() -> signal.send("shop", 1))
                .isInstanceOf(ReceiverFailedException.class)
                .hasCause(checked);
    }

    @Test
    void aDeferredReceiversConditionIsTestedAtTheSend() {
        TestTransactions transactions = new TestTransactions();
        signal.useDeliveryScheduler(transactions);
        int[] threshold = {100};
        signal.connect(recording("big"), ReceiverOptions.at(Phase.AFTER_COMMIT)
                .withCondition((sender, payload) -> (Integer) payload > threshold[0]));
        transactions.begin();

        signal.send("shop", 50);
        signal.send("shop", 500);
        threshold[0] = 0;
        transactions.commit();

        assertThat(calls).containsExactly("big:500");
    }
}
