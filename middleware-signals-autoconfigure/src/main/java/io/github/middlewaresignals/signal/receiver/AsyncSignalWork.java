package io.github.middlewaresignals.signal.receiver;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The async work of one context's signals ({@code asend}, async receivers): the {@link #executor()}
 * they run on, which counts what it has not finished. When the context closes, before any executor
 * or bean stops, it waits a bounded time for that work, so an email queued by the last request
 * still goes out; what is left after the wait is named in a warning.
 * <p>
 * Deliberately not an {@link Executor} itself: a bean of that type would make Spring Boot back off
 * from its {@code applicationTaskExecutor}, and every {@code @Async} method, Spring MVC async
 * request and Modulith listener of the application would lose its thread pool.
 */
public final class AsyncSignalWork implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AsyncSignalWork.class);

    private final Executor delegate;
    private final ApplicationContext context;
    private final Duration drainTimeout;
    private final AtomicInteger unfinished = new AtomicInteger();
    private final Object idle = new Object();
    private final Executor executor = new CountingExecutor();

    /**
     * @param delegate     what runs the work
     * @param context      the context whose close waits for the work
     * @param drainTimeout how long that close waits at most
     */
    public AsyncSignalWork(Executor delegate, ApplicationContext context, Duration drainTimeout) {
        this.delegate = delegate;
        this.context = context;
        this.drainTimeout = drainTimeout;
    }

    /** @return the executor the context's signals run their async work on, counting it */
    public Executor executor() {
        return executor;
    }

    private void finished() {
        if (unfinished.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** @return how many tasks were handed over and have not finished */
    public int unfinished() {
        return unfinished.get();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // a child context's close event reaches its parent's listeners too
        if (event.getApplicationContext() != context) {
            return;
        }
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        synchronized (idle) {
            long left;
            while (unfinished.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        int left = unfinished.get();
        if (left > 0) {
            log.warn("{} async signal deliveries had not finished {} after the application context began to close; they are"
                    + " dropped if the executor stops or the JVM exits before they end. Raise signals.async.shutdown-timeout"
                    + " if they need longer.", left, drainTimeout);
        }
    }

    private final class CountingExecutor implements Executor {

        @Override
        public void execute(Runnable work) {
            unfinished.incrementAndGet();
            try {
                delegate.execute(() -> {
                    try {
                        work.run();
                    }
                    finally {
                        finished();
                    }
                });
            }
            catch (RejectedExecutionException e) {
                finished();
                throw e;
            }
        }

        @Override
        public String toString() {
            return "AsyncSignalWork[" + delegate + "]";
        }
    }
}
