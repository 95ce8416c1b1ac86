package io.github.middlewaresignals.signal.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostSave;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@SpringBootTest(classes = PhaseTestApplication.class, properties = "signals.model.max-nesting-depth=" + PhaseTestApplication.MAX_NESTING_DEPTH)
class TransactionPhaseSchedulerTest {

    @Autowired
    Orders orders;
    @Autowired
    Signal<String> orderCompleted;
    @Autowired
    ModelSignals modelSignals;
    @Autowired
    NoticeRepository notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Runnable> disconnects = new ArrayList<>();

    @BeforeEach
    void emptyTables() {
        jdbc.update("delete from notice");
        jdbc.update("delete from invoice");
    }

    @AfterEach
    void disconnect() {
        disconnects.forEach(Runnable::run);
    }

    private <P> void connect(Signal<P> signal, Receiver<? super P> receiver, ReceiverOptions options) {
        signal.connect(receiver, options);
        disconnects.add(() -> signal.disconnect(receiver));
    }

    private Receiver<Object> recording(String label) {
        return (sender, payload) -> {
            calls.add(label + ":" + payload + (TransactionSynchronizationManager.isActualTransactionActive() ? " in-tx" : ""));
            return null;
        };
    }

    private List<String> noticeTexts() {
        return jdbc.queryForList("select text from notice order by id", String.class);
    }

    @Test
    void afterCommitReceiversRunOnceThePhaseComesAndNotOnRollback() {
        connect(orderCompleted, recording("commit"), ReceiverOptions.at(Phase.AFTER_COMMIT));
        connect(orderCompleted, recording("rollback"), ReceiverOptions.at(Phase.AFTER_ROLLBACK));
        connect(orderCompleted, recording("completion"), ReceiverOptions.at(Phase.AFTER_COMPLETION));

        orders.complete("o1");
        assertThatThrownBy(() -> orders.completeThenFail("o2")).hasMessageContaining("payment declined");

        assertThat(calls).containsExactly("commit:o1", "completion:o1", "rollback:o2", "completion:o2");
    }

    @Test
    void aWriteAfterTheCommitIsCommittedInItsOwnTransaction() {
        connect(orderCompleted, (sender, order) -> notices.save(new Notice("shipped " + order)), ReceiverOptions.at(Phase.AFTER_COMMIT));

        orders.complete("o1");

        assertThat(noticeTexts()).containsExactly("shipped o1");
    }

    @Test
    void theModelSignalsOfAWriteAfterTheCommitReachTheirReceiversOnceEach() {
        connect(orderCompleted, (sender, order) -> notices.save(new Notice("shipped " + order)), ReceiverOptions.at(Phase.AFTER_COMMIT));
        Signal<PostSave<?>> postSave = modelSignals.postSave();
        connect(postSave, (sender, event) -> calls.add("now " + ((Notice) event.instance()).getText()),
                ReceiverOptions.DEFAULT.withSender(Notice.class));
        connect(postSave, (sender, event) -> calls.add("after commit " + ((Notice) event.instance()).getText()),
                ReceiverOptions.at(Phase.AFTER_COMMIT).withSender(Notice.class));

        orders.complete("o1");

        assertThat(calls).containsExactly("now shipped o1", "after commit shipped o1");
    }

    @Test
    void aFailingReceiverAfterTheCommitLeavesTheCommitAndTheOtherReceiversAlone() {
        connect(orderCompleted, (sender, order) -> {
            throw new IllegalStateException("webhook down");
        }, ReceiverOptions.at(Phase.AFTER_COMMIT));
        connect(orderCompleted, (sender, order) -> notices.save(new Notice("mailed " + order)), ReceiverOptions.at(Phase.AFTER_COMMIT));

        orders.noteAndComplete("order o1", "o1");

        assertThat(noticeTexts()).containsExactly("order o1", "mailed o1");
    }

    @Test
    void aBeforeCommitReceiverWritesIntoTheTransactionAndItsFailureRollsItBack() {
        connect(orderCompleted, (sender, order) -> notices.save(new Notice("audited " + order)), ReceiverOptions.at(Phase.BEFORE_COMMIT));
        orders.noteAndComplete("order o1", "o1");
        assertThat(noticeTexts()).containsExactly("order o1", "audited o1");

        connect(orderCompleted, (sender, order) -> {
            throw new IllegalStateException("stock check failed for " + order);
        }, ReceiverOptions.at(Phase.BEFORE_COMMIT));
        assertThatThrownBy(() -> orders.noteAndComplete("order o2", "o2"))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("stock check failed for o2");
        assertThat(noticeTexts()).containsExactly("order o1", "audited o1");
    }

    @Test
    void aBeforeCommitReceiverOfASignalFromTheCommitsOwnFlushRunsInsideTheTransaction() {
        connect(modelSignals.postSave(), (sender, event) -> {
            calls.add("audit " + ((Invoice) event.instance()).getNumber()
                    + (TransactionSynchronizationManager.isActualTransactionActive() ? " in-tx" : ""));
            return notices.save(new Notice("invoice " + ((Invoice) event.instance()).getNumber()));
        }, ReceiverOptions.at(Phase.BEFORE_COMMIT).withSender(Invoice.class));

        orders.invoice("I-1");

        assertThat(calls).containsExactly("audit I-1 in-tx");
        assertThat(noticeTexts()).containsExactly("invoice I-1");
    }

    @Test
    void aBeforeCommitReceiverOfASignalFromTheCommitsOwnFlushCanStillRollItBack() {
        connect(modelSignals.postSave(), (sender, event) -> {
            throw new IllegalStateException("invoice " + ((Invoice) event.instance()).getNumber() + " refused");
        }, ReceiverOptions.at(Phase.BEFORE_COMMIT).withSender(Invoice.class));

        assertThatThrownBy(() -> orders.invoice("I-2")).hasRootCauseMessage("invoice I-2 refused");

        assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class)).isZero();
    }

    @Test
    void sendsInARequiresNewTransactionFollowItsOutcome() {
        connect(orderCompleted, recording("commit"), ReceiverOptions.at(Phase.AFTER_COMMIT));
        connect(orderCompleted, recording("rollback"), ReceiverOptions.at(Phase.AFTER_ROLLBACK));

        assertThatThrownBy(() -> orders.completeInnerThenFailOuter("inner", "outer")).hasMessageContaining("outer fails");

        assertThat(calls).containsExactly("commit:inner", "rollback:outer");
    }

    @Test
    void asyncReceiversRunAfterTheCommitOffTheCommittingThread() {
        String committing = Thread.currentThread().getName();
        connect(orderCompleted, (sender, order) -> {
            calls.add(Thread.currentThread().getName());
            return notices.save(new Notice("mailed " + order));
        }, ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(true));

        orders.complete("o1");

        await().atMost(Duration.ofSeconds(10)).until(() -> noticeTexts().contains("mailed o1"));
        assertThat(calls).singleElement().isNotEqualTo(committing);
    }

    @Test
    void aReceiverAfterTheCommitRunsOutsideAnyTransactionAndAnAsyncOneHoldsNoConnection() {
        HikariPoolMXBean pool = ((HikariDataSource) dataSource).getHikariPoolMXBean();
        connect(orderCompleted, (sender, order) -> calls.add("transaction " + TransactionSynchronizationManager.isActualTransactionActive()),
                ReceiverOptions.at(Phase.AFTER_COMMIT));
        CountDownLatch committed = new CountDownLatch(1);
        connect(orderCompleted, (sender, order) -> {
            // once the committing thread has returned its connection, nothing else of this test holds one
            committed.await(10, TimeUnit.SECONDS);
            return calls.add("async: connections in use " + pool.getActiveConnections());
        }, ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(true));

        orders.complete("o1");
        committed.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 2);
        assertThat(calls).containsExactlyInAnyOrder("transaction false", "async: connections in use 0");
    }

    @Test
    void receiversAfterTheCommitThatKeepWritingStopAtTheNestingLimit() {
        connect(orderCompleted, (sender, order) -> notices.save(new Notice("round")), ReceiverOptions.at(Phase.AFTER_COMMIT));
        connect(modelSignals.postSave(), (sender, event) -> notices.save(new Notice("round")),
                ReceiverOptions.at(Phase.AFTER_COMMIT).withSender(Notice.class));

        orders.complete("o1");

        assertThat(noticeTexts()).hasSize(PhaseTestApplication.MAX_NESTING_DEPTH);
    }

    @Test
    void outsideATransactionDeferredReceiversRunAtOnceAndRollbackOnesNever() {
        connect(orderCompleted, recording("commit"), ReceiverOptions.at(Phase.AFTER_COMMIT));
        connect(orderCompleted, recording("rollback"), ReceiverOptions.at(Phase.AFTER_ROLLBACK));

        orderCompleted.send(Orders.class, "o1");

        assertThat(calls).containsExactly("commit:o1");
    }
}
