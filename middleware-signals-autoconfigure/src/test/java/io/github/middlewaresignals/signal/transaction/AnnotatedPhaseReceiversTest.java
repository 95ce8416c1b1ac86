package io.github.middlewaresignals.signal.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.PostSave;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Phases, async and conditions declared on {@code @SignalReceiver} methods. */
@SpringBootTest(classes = {PhaseTestApplication.class, AnnotatedPhaseReceiversTest.Receivers.class})
class AnnotatedPhaseReceiversTest {

    @Import(Orders.class)
    static class Receivers {
        private final List<String> calls = new CopyOnWriteArrayList<>();

        /** A method, not the field: the bean is a transactional proxy, whose own fields are empty. */
        List<String> calls() {
            return calls;
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT)
        void confirm(String order) {
            calls.add("confirm " + order);
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_ROLLBACK)
        void apologise(String order) {
            calls.add("apologise " + order);
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, async = true)
        void mail(String order) {
            calls.add("mail " + order + " on " + Thread.currentThread().getName());
        }

        @SignalReceiver(signal = "order_completed", condition = "#payload.startsWith('big')")
        String flagBigOrder(String order) {
            calls.add("flag " + order);
            return "flagged";
        }

        @Autowired
        NoticeRepository notices;

        /** One transaction of its own for both writes: a failure after the first rolls it back too. */
        @Transactional
        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, condition = "#payload.startsWith('ledger')")
        void ledger(String order) {
            notices.save(new Notice("debit " + order));
            if (order.endsWith("refused")) {
                throw new IllegalStateException("ledger refused " + order);
            }
            notices.save(new Notice("credit " + order));
        }

        @SignalReceiver(phase = Phase.AFTER_COMMIT, condition = "created() and instance.text.startsWith('shipped')")
        void shipped(PostSave<Notice> event) {
            calls.add("notice " + event.instance().getText());
        }
    }

    @Autowired
    Receivers receivers;
    @Autowired
    Orders orders;
    @Autowired
    Signal<String> orderCompleted;
    @Autowired
    NoticeRepository notices;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetCalls() {
        receivers.calls().clear();
        jdbc.update("delete from notice");
    }

    private List<String> callsExceptMail() {
        return receivers.calls().stream().filter(call -> !call.startsWith("mail")).toList();
    }

    @Test
    void afterCommitReceiversRunAfterTheCommitAndTheAsyncOneOffTheCommittingThread() {
        String committing = Thread.currentThread().getName();

        orders.complete("o1");

        assertThat(callsExceptMail()).containsExactly("confirm o1");
        await().atMost(Duration.ofSeconds(10)).until(() -> receivers.calls().stream().anyMatch(call -> call.startsWith("mail o1")));
        assertThat(receivers.calls()).filteredOn(call -> call.startsWith("mail")).singleElement().asString().doesNotEndWith(committing);
    }

    @Test
    void aRollbackRunsTheRollbackReceiverOnly() {
        assertThatThrownBy(() -> orders.completeThenFail("o2")).hasMessageContaining("payment declined");

        assertThat(receivers.calls()).containsExactly("apologise o2");
    }

    @Test
    void aConditionChoosesTheSendsAReceiverRunsFor() {
        List<ReceiverResult> results = transactions.execute(status -> {
            orderCompleted.send(Orders.class, "small-1");
            return orderCompleted.send(Orders.class, "big-2");
        });

        assertThat(results).extracting(ReceiverResult::value).containsExactly("flagged");
        assertThat(callsExceptMail()).containsExactly("flag big-2", "confirm small-1", "confirm big-2");
    }

    @Test
    void aModelSignalConditionReadsThePayloadsRecordComponentsAndTheEntity() {
        transactions.executeWithoutResult(status -> {
            notices.save(new Notice("shipped o1"));
            notices.save(new Notice("cancelled o2"));
        });

        assertThat(receivers.calls()).containsExactly("notice shipped o1");
    }

    @Test
    void aTransactionalReceiverAfterTheCommitWritesAllOrNothing() {
        orders.complete("ledger-1");
        orders.complete("ledger-2-refused");

        assertThat(jdbc.queryForList("select text from notice order by id", String.class))
                .containsExactly("debit ledger-1", "credit ledger-1");
    }

    @Test
    void outsideATransactionAfterCommitReceiversRunAsPartOfTheSendAndAreInItsResults() {
        List<ReceiverResult> results = orderCompleted.send(Orders.class, "o3");

        assertThat(results).extracting(ReceiverResult::value).containsExactly((Object) null);
        assertThat(callsExceptMail()).containsExactly("confirm o3");
    }
}
