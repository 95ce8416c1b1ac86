package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignalPhaseTest {

    @RegisterExtension
    final CapturedSignalLog log = new CapturedSignalLog();

    private final Signal<String> signal = new Signal<>("order_completed");
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private Receiver<Object> recording(String label) {
        return new Receiver<>() {
            @Override
            public Object receive(Object sender, Object payload) {
                calls.add(label + ":" + payload);
                return label;
            }

            @Override
            public String toString() {
                return label;
            }
        };
    }

    private Receiver<Object> failing(String label, Exception failure) {
        return new Receiver<>() {
            @Override
            public Object receive(Object sender, Object payload) throws Exception {
                calls.add(label + ":" + payload);
                throw failure;
            }

            @Override
            public String toString() {
                return label;
            }
        };
    }

    @Test
    void asyncIsRefusedForPhasesBeforeTheOutcome() {
        for (Phase phase : List.of(Phase.IMMEDIATE, Phase.BEFORE_COMMIT)) {
            assertThatThrownBy(() -> ReceiverOptions.at(phase).withAsync(true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(phase.name())
                    .hasMessageContaining("AFTER_COMMIT");
        }
        assertThat(ReceiverOptions.at(Phase.AFTER_COMPLETION).withAsync(true).async()).isTrue();
    }

    @Nested
    class WithoutATransaction {

        @Test
        void deferredReceiversRunAtOnceInConnectionOrderAndAreInTheResults() {
            signal.connect(recording("commit"), ReceiverOptions.at(Phase.AFTER_COMMIT));
            signal.connect(recording("now"));
            signal.connect(recording("before"), ReceiverOptions.at(Phase.BEFORE_COMMIT));
            signal.connect(recording("completion"), ReceiverOptions.at(Phase.AFTER_COMPLETION));

            List<ReceiverResult> results = signal.send("shop", "o1");

            assertThat(calls).containsExactly("commit:o1", "now:o1", "before:o1", "completion:o1");
            assertThat(results).extracting(ReceiverResult::value).containsExactly("commit", "now", "before", "completion");
        }

        @Test
        void afterRollbackReceiversNeverRun() {
            signal.connect(recording("rollback"), ReceiverOptions.at(Phase.AFTER_ROLLBACK));
            signal.connect(recording("now"));

            List<ReceiverResult> results = signal.send("shop", "o1");

            assertThat(calls).containsExactly("now:o1");
            assertThat(results).extracting(ReceiverResult::value).containsExactly("now");
        }

        @Test
        void aFailingDeferredReceiverFailsTheSendLikeAnyOther() {
            IllegalStateException failure = new IllegalStateException("webhook down");
            signal.connect(failing("webhook", failure), ReceiverOptions.at(Phase.AFTER_COMMIT));

            assertThatThrownBy(() -> signal.send("shop", "o1")).isSameAs(failure);
            assertThat(signal.sendRobust("shop", "o2")).singleElement()
                    .satisfies(result -> assertThat(result.error()).isSameAs(failure));
        }

        @Test
        void asyncReceiversRunOnTheExecutorAndAreNotInTheResults() throws Exception {
            CountDownLatch ran = new CountDownLatch(1);
            signal.useAsyncExecutor(executor);
            signal.connect((sender, payload) -> {
                calls.add(Thread.currentThread().getName());
                ran.countDown();
                return null;
            }, ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(true));

            List<ReceiverResult> results = signal.send("shop", "o1");

            assertThat(results).isEmpty();
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(calls).singleElement().asString().startsWith("pool-");
        }
    }

    @Nested
    class InsideATransaction {

        private final TestTransactions transactions = new TestTransactions();

        InsideATransaction() {
            signal.useDeliveryScheduler(transactions);
        }

        @Test
        void deferredReceiversWaitForTheCommitThenRunInSendOrderThenConnectionOrder() {
            signal.connect(recording("a"), ReceiverOptions.at(Phase.AFTER_COMMIT));
            signal.connect(recording("now"));
            signal.connect(recording("b"), ReceiverOptions.at(Phase.AFTER_COMPLETION));
            transactions.begin();

            List<ReceiverResult> first = signal.send("shop", "o1");
            signal.send("shop", "o2");

            assertThat(first).extracting(ReceiverResult::value).containsExactly("now");
            assertThat(calls).containsExactly("now:o1", "now:o2");
            transactions.commit();
            assertThat(calls).containsExactly("now:o1", "now:o2", "a:o1", "b:o1", "a:o2", "b:o2");
        }

        @Test
        void aRollbackRunsTheRollbackAndCompletionReceiversOnly() {
            signal.connect(recording("commit"), ReceiverOptions.at(Phase.AFTER_COMMIT));
            signal.connect(recording("rollback"), ReceiverOptions.at(Phase.AFTER_ROLLBACK));
            signal.connect(recording("completion"), ReceiverOptions.at(Phase.AFTER_COMPLETION));
            transactions.begin();

            signal.send("shop", "o1");
            transactions.rollback();

            assertThat(calls).containsExactly("rollback:o1", "completion:o1");
        }

        @Test
        void aFailingReceiverAfterTheCommitIsLoggedAndTheOthersStillRun() {
            IllegalStateException failure = new IllegalStateException("webhook down");
            signal.connect(failing("webhook", failure), ReceiverOptions.at(Phase.AFTER_COMMIT));
            signal.connect(recording("mail"), ReceiverOptions.at(Phase.AFTER_COMMIT));
            transactions.begin();
            signal.send(Order.class, "o1");

            transactions.commit();

            assertThat(calls).containsExactly("webhook:o1", "mail:o1");
            assertThat(log.at(Level.ERROR)).singleElement().satisfies(record -> {
                assertThat(record.message()).contains("webhook").contains("order_completed").contains("AFTER_COMMIT")
                        .contains(Order.class.getName());
                assertThat(record.thrown()).isSameAs(failure);
            });
        }

        @Test
        void aBeforeCommitFailureReachesTheCommitter() {
            IllegalStateException unchecked = new IllegalStateException("stock check failed");
            signal.connect(failing("stock", unchecked), ReceiverOptions.at(Phase.BEFORE_COMMIT));
            transactions.begin();
            signal.send("shop", "o1");

            assertThatThrownBy(transactions::commit).isSameAs(unchecked);
        }

        @Test
        void aCheckedBeforeCommitFailureReachesTheCommitterWrapped() {
            IOException checked = new IOException("ledger unreachable");
            signal.connect(failing("ledger", checked), ReceiverOptions.at(Phase.BEFORE_COMMIT));
            transactions.begin();
            signal.send("shop", "o1");

            assertThatThrownBy(transactions::commit)
                    .isInstanceOf(ReceiverFailedException.class)
                    .hasCause(checked)
                    .hasMessageContaining("ledger").hasMessageContaining("order_completed");
        }

        @Test
        void asyncReceiversRunAfterTheCommitOnTheExecutor() throws Exception {
            CountDownLatch ran = new CountDownLatch(1);
            transactions.runAsyncOn(executor);
            signal.connect((sender, payload) -> {
                calls.add(Thread.currentThread().getName());
                ran.countDown();
                return null;
            }, ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(true));
            transactions.begin();
            signal.send("shop", "o1");
            assertThat(calls).isEmpty();

            transactions.commit();

            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(calls).singleElement().asString().startsWith("pool-");
        }

        @Test
        void asendDefersThePhasedReceiversToo() throws Exception {
            signal.connect(recording("later"), ReceiverOptions.at(Phase.AFTER_COMMIT));
            signal.connect(recording("now"));
            transactions.begin();

            List<ReceiverResult> results = signal.asend("shop", "o1").get(5, TimeUnit.SECONDS);

            assertThat(results).extracting(ReceiverResult::value).containsExactly("now");
            transactions.commit();
            assertThat(calls).containsExactly("now:o1", "later:o1");
        }
    }

    static final class Order {
    }
}
