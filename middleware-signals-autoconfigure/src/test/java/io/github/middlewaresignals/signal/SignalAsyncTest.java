package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class SignalAsyncTest {

    private static final int RECEIVERS = 6;

    private final Signal<String> signal = new Signal<>("order_completed");

    /** Each receiver waits at a barrier that only opens once all of them are inside at the same time. */
    private void connectReceiversThatMeet(CyclicBarrier barrier) {
        for (int i = 0; i < RECEIVERS; i++) {
            int index = i;
            signal.connect((sender, payload) -> {
                barrier.await(10, TimeUnit.SECONDS);
                return index;
            });
        }
    }

    @Test
    void asendRunsTheReceiversOfOneSendConcurrentlyAndKeepsConnectionOrder() throws Exception {
        connectReceiversThatMeet(new CyclicBarrier(RECEIVERS));

        List<ReceiverResult> results = signal.asend(null, "x").get(20, TimeUnit.SECONDS);

        assertThat(results).extracting(ReceiverResult::value).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(results).allMatch(ReceiverResult::succeeded);
    }

    @Test
    void asendRobustRunsTheReceiversConcurrentlyToo() throws Exception {
        connectReceiversThatMeet(new CyclicBarrier(RECEIVERS));

        List<ReceiverResult> results = signal.asendRobust(null, "x").get(20, TimeUnit.SECONDS);

        assertThat(results).extracting(ReceiverResult::value).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void resultsFollowConnectionOrderNotFinishingOrder() throws Exception {
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        signal.connect((sender, payload) -> {
            assertThat(firstMayFinish.await(10, TimeUnit.SECONDS)).isTrue();
            return "slow";
        });
        signal.connect((sender, payload) -> {
            firstMayFinish.countDown();
            return "fast";
        });

        List<ReceiverResult> results = signal.asend(null, "x").get(20, TimeUnit.SECONDS);

        assertThat(results).extracting(ReceiverResult::value).containsExactly("slow", "fast");
    }

    @Test
    void asendFailureCompletesExceptionallyWithTheReceiversException() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger others = new AtomicInteger();
        signal.connect((sender, payload) -> others.incrementAndGet());
        signal.connect((sender, payload) -> {
            throw boom;
        });
        signal.connect((sender, payload) -> others.incrementAndGet());

        CompletableFuture<List<ReceiverResult>> future = signal.asend(null, "x");

        assertThatThrownBy(() -> future.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isSameAs(boom);
        assertThat(future).isCompletedExceptionally();
        assertThat(others).hasValue(2);
    }

    @Test
    void asendFailureWithACheckedExceptionHasItAsTheCause() {
        IOException io = new IOException("disk");
        signal.connect((sender, payload) -> {
            throw io;
        });

        assertThatThrownBy(() -> signal.asend(null, "x").get(20, TimeUnit.SECONDS)).cause().isSameAs(io);
    }

    @Test
    void asendRobustReturnsFailuresInTheResults() throws Exception {
        IOException io = new IOException("disk");
        signal.connect((sender, payload) -> {
            throw io;
        });
        signal.connect((sender, payload) -> "ok");

        List<ReceiverResult> results = signal.asendRobust(null, "x").get(20, TimeUnit.SECONDS);

        assertThat(results).extracting(ReceiverResult::error).containsExactly(io, null);
        assertThat(results).extracting(ReceiverResult::value).containsExactly(null, "ok");
    }

    @Test
    void asendWithoutReceiversCompletesAtOnceWithAnEmptyList() {
        for (BiFunction<Object, String, CompletableFuture<List<ReceiverResult>>> send :
                List.<BiFunction<Object, String, CompletableFuture<List<ReceiverResult>>>>of(signal::asend, signal::asendRobust)) {
            assertThat(send.apply(String.class, "x")).isCompletedWithValueMatching(List::isEmpty);
        }
    }

    @Test
    void receiversRunOnTheConfiguredExecutor() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "custom-signal-thread"));
        try {
            signal.useAsyncExecutor(executor);
            signal.connect((sender, payload) -> Thread.currentThread().getName());

            assertThat(signal.asyncExecutor()).isSameAs(executor);
            assertThat(signal.asend(null, "x").get(20, TimeUnit.SECONDS))
                    .extracting(ReceiverResult::value).containsExactly("custom-signal-thread");

            signal.useAsyncExecutor(null);
            assertThat(signal.asyncExecutor()).isNotSameAs(executor);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aRejectingExecutorFailsTheFutureInsteadOfThrowing() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        signal.useAsyncExecutor(executor);
        signal.connect((sender, payload) -> "never");

        assertThatThrownBy(() -> signal.asend(null, "x").join()).cause().isInstanceOf(RejectedExecutionException.class);
    }
}
