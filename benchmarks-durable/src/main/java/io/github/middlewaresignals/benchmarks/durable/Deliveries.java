package io.github.middlewaresignals.benchmarks.durable;

import java.util.concurrent.TimeUnit;

/**
 * Counts what happened to the sends of one benchmark application: how many the receiver got, and how
 * many deliveries the event publication registry completed. The benchmark thread waits here until its
 * send is done, so that a delivery's whole cost (on whichever thread it runs) is in the measured time.
 */
final class Deliveries {

    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private long received;
    private long completed;

    synchronized void received() {
        received++;
        notifyAll();
    }

    synchronized void completed() {
        completed++;
        notifyAll();
    }

    synchronized long receivedCount() {
        return received;
    }

    synchronized long completedCount() {
        return completed;
    }

    synchronized void awaitReceived(long count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (received < count) {
            waitUntil(deadline, "received", count, received);
        }
    }

    synchronized void awaitCompleted(long count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (completed < count) {
            waitUntil(deadline, "completed", count, completed);
        }
    }

    private void waitUntil(long deadline, String what, long expected, long actual) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new IllegalStateException("Expected " + expected + " deliveries " + what + ", found " + actual
                    + " after 30 s: the receiver or the registry is stuck");
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
    }
}
