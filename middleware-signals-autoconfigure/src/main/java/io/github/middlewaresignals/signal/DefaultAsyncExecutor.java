package io.github.middlewaresignals.signal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor async sends use unless told otherwise: virtual threads on a JDK that has them,
 * else a cached pool of daemon threads. Never the common fork-join pool, whose parallelism is
 * one on a two-core machine, so receivers of one send would not run concurrently.
 */
final class DefaultAsyncExecutor {

    private DefaultAsyncExecutor() {
    }

    static ExecutorService get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ExecutorService INSTANCE = create();

        private static ExecutorService create() {
            try {
                // looked up, not called directly: the library is compiled for Java 17
                return (ExecutorService) MethodHandles.publicLookup()
                        .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
                        .invoke();
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                // absent before Java 19, a disabled preview feature on 19 and 20
                return Executors.newCachedThreadPool(daemonThreads());
            }
        }

        private static ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return runnable -> {
                Thread thread = new Thread(runnable, "signal-async-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
