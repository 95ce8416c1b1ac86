package io.github.middlewaresignals.durable;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** What the test receivers do when called, set by each test: fail a number of times, or block; and what they saw. */
public final class ReceiverScript {

    /** One call: the sender and payload the receiver got. */
    public record Call(Object sender, Object payload) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final AtomicInteger failuresLeft = new AtomicInteger();
    /** Counted down when a receiver is called while {@link #release} is closed. */
    public final CountDownLatch blocked = new CountDownLatch(1);
    /** A receiver waits here while it is not null and closed. */
    public volatile CountDownLatch release;

    void called(Object sender, Object payload) throws InterruptedException {
        calls.add(new Call(sender, payload));
        CountDownLatch gate = release;
        if (gate != null) {
            blocked.countDown();
            gate.await();
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the invoicing service is down");
        }
    }
}
