package io.github.middlewaresignals.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignalConcurrencyTest {

    private static final int SENDERS = 4;
    private static final int SENDS = 5_000;
    private static final int CHURNERS = 3;
    private static final int STABLE = 5;

    private final Signal<Integer> signal = new Signal<>("tick");
    private final ExecutorService pool = Executors.newFixedThreadPool(SENDERS + CHURNERS);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    @Test
    void receiversConnectedBeforehandRunExactlyOncePerSendWhileOthersConnectAndDisconnect() throws Exception {
        AtomicLong[] stableCalls = new AtomicLong[STABLE];
        List<Receiver<Object>> stable = new ArrayList<>();
        for (int i = 0; i < STABLE; i++) {
            AtomicLong counter = stableCalls[i] = new AtomicLong();
            Receiver<Object> receiver = (sender, payload) -> counter.incrementAndGet();
            stable.add(receiver);
            signal.connect(receiver, i % 2 == 0 ? null : String.class);
        }
        AtomicLong churnCalls = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);

        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            senders.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < SENDS; i++) {
                    List<ReceiverResult> results = signal.send(String.class, i);
                    // the receivers connected beforehand come first, in connection order, in every send
                    for (int r = 0; r < STABLE; r++) {
                        assertThat(results.get(r).receiver()).isSameAs(stable.get(r));
                    }
                }
                return null;
            }));
        }
        List<Future<?>> churners = new ArrayList<>();
        for (int t = 0; t < CHURNERS; t++) {
            int churner = t;
            churners.add(pool.submit((Callable<Void>) () -> {
                start.await();
                int round = 0;
                while (sending.get()) {
                    Receiver<Object> temporary = (sender, payload) -> churnCalls.incrementAndGet();
                    String uid = "churn-" + churner + "-" + round++;
                    signal.connect(temporary, String.class);
                    signal.connect(temporary, null, uid);
                    assertThat(signal.disconnect(temporary, String.class)).isTrue();
                    assertThat(signal.disconnect(uid)).isTrue();
                }
                return null;
            }));
        }

        start.countDown();
        for (Future<?> sender : senders) {
            sender.get(60, TimeUnit.SECONDS);
        }
        sending.set(false);
        for (Future<?> churner : churners) {
            churner.get(60, TimeUnit.SECONDS);
        }

        for (AtomicLong counter : stableCalls) {
            assertThat(counter.get()).isEqualTo((long) SENDERS * SENDS);
        }
        assertThat(signal.send(String.class, 0)).extracting(ReceiverResult::receiver).containsExactlyElementsOf(stable);
    }

    @Test
    void concurrentConnectsAndDisconnectsLoseNothing() throws Exception {
        int threads = 4;
        int perThread = 250;
        CountDownLatch start = new CountDownLatch(1);
        List<List<Receiver<Object>>> connected = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Receiver<Object>> mine = new ArrayList<>();
            connected.add(mine);
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    int index = i;
                    Receiver<Object> receiver = (sender, payload) -> index;
                    mine.add(receiver);
                    signal.connect(receiver, String.class);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        assertThat(signal.send(String.class, 0)).hasSize(threads * perThread);

        futures.clear();
        for (List<Receiver<Object>> mine : connected) {
            futures.add(pool.submit((Callable<Void>) () -> {
                for (Receiver<Object> receiver : mine) {
                    assertThat(signal.disconnect(receiver)).isTrue();
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        assertThat(signal.hasListeners()).isFalse();
        assertThat(signal.send(String.class, 0)).isEmpty();
    }
}
