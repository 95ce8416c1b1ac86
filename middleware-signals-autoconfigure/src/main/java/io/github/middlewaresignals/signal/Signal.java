package io.github.middlewaresignals.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;

/**
 * A named publish/subscribe channel, after Django's {@code django.dispatch.Signal}.
 * <p>
 * Receivers run in connection order. A sender filter matches the exact sender object by
 * identity. Connecting and disconnecting are safe while other threads send; a send uses the
 * receivers as they were when it began. A send for a sender with no receivers allocates nothing.
 *
 * @param <P> the payload type (Django's {@code **kwargs}, as one object)
 */
public final class Signal<P> {

    private final String name;
    private final Object lock = new Object();
    private volatile Connections connections = Connections.EMPTY;
    private volatile Executor asyncExecutor;

    /**
     * @param name the name receivers use to find this signal (e.g. {@code "order_completed"})
     */
    public Signal(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A signal needs a non-blank name, e.g. new Signal<>(\"order_completed\")");
        }
        this.name = name;
    }

    /** @return the name this signal is registered and found under */
    public String name() {
        return name;
    }

    /** Connects a receiver for every sender. */
    public void connect(Receiver<? super P> receiver) {
        connect(receiver, null, null);
    }

    /**
     * Connects a receiver for one sender.
     *
     * @param sender the exact sender to listen to, or {@code null} for any sender
     */
    public void connect(Receiver<? super P> receiver, Object sender) {
        connect(receiver, sender, null);
    }

    /**
     * Connects a receiver. Connecting the same receiver, or the same dispatch uid, twice for the
     * same sender keeps the first connection.
     *
     * @param sender      the exact sender to listen to, or {@code null} for any sender
     * @param dispatchUid a deduplication key used instead of the receiver's identity, or {@code null}
     */
    public void connect(Receiver<? super P> receiver, Object sender, String dispatchUid) {
        Objects.requireNonNull(receiver, "receiver");
        Connection connection = new Connection(receiver, sender, dispatchUid == null || dispatchUid.isEmpty() ? null : dispatchUid);
        synchronized (lock) {
            Connection[] current = connections.all;
            for (Connection existing : current) {
                if (existing.sameKey(connection)) {
                    return;
                }
            }
            Connection[] next = Arrays.copyOf(current, current.length + 1);
            next[current.length] = connection;
            connections = Connections.of(next);
        }
    }

    /**
     * Disconnects a receiver from every sender, whether it was connected with a dispatch uid or not.
     *
     * @return whether anything was disconnected
     */
    public boolean disconnect(Receiver<? super P> receiver) {
        Objects.requireNonNull(receiver, "receiver");
        return removeIf(c -> c.receiver == receiver);
    }

    /** Disconnects a receiver from one sender ({@code null}: the any-sender connection). @return whether anything was disconnected */
    public boolean disconnect(Receiver<? super P> receiver, Object sender) {
        Objects.requireNonNull(receiver, "receiver");
        return removeIf(c -> c.receiver == receiver && c.sender == sender);
    }

    /** Disconnects every connection made with this dispatch uid. @return whether anything was disconnected */
    public boolean disconnect(String dispatchUid) {
        Objects.requireNonNull(dispatchUid, "dispatchUid");
        return removeIf(c -> dispatchUid.equals(c.dispatchUid));
    }

    /** @return whether any receiver is connected, for any sender */
    public boolean hasListeners() {
        return connections.all.length > 0;
    }

    /** @return whether a send from this sender would run at least one receiver */
    public boolean hasListeners(Object sender) {
        return connections.receiversFor(sender).length > 0;
    }

    /**
     * Calls every receiver in connection order. The first receiver exception stops the send:
     * a {@link RuntimeException} or {@link Error} propagates unchanged, a checked exception
     * wrapped in a {@link ReceiverFailedException}.
     *
     * @return one result per receiver, in connection order
     */
    @SuppressWarnings("unchecked")
    public List<ReceiverResult> send(Object sender, P payload) {
        Receiver<?>[] receivers = connections.receiversFor(sender);
        if (receivers.length == 0) {
            return List.of();
        }
        Object[] values = null;
        for (int i = 0; i < receivers.length; i++) {
            Object value = invoke((Receiver<? super P>) receivers[i], sender, payload);
            if (value != null) {
                if (values == null) {
                    values = new Object[receivers.length];
                }
                values[i] = value;
            }
        }
        return new ResultList(receivers, values, null);
    }

    /**
     * Calls every receiver in connection order, whatever fails. Each failure is logged with the
     * receiver's name and returned as {@link ReceiverResult#error()}.
     *
     * @return one result per receiver, in connection order; never throws for a receiver's failure
     */
    @SuppressWarnings("unchecked")
    public List<ReceiverResult> sendRobust(Object sender, P payload) {
        Receiver<?>[] receivers = connections.receiversFor(sender);
        if (receivers.length == 0) {
            return List.of();
        }
        Object[] values = null;
        Throwable[] errors = null;
        for (int i = 0; i < receivers.length; i++) {
            Receiver<? super P> receiver = (Receiver<? super P>) receivers[i];
            try {
                Object value = receiver.receive(sender, payload);
                if (value != null) {
                    if (values == null) {
                        values = new Object[receivers.length];
                    }
                    values[i] = value;
                }
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                restoreInterruptFlag(e);
                ReceiverFailureLog.log(this, receiver, e);
                if (errors == null) {
                    errors = new Throwable[receivers.length];
                }
                errors[i] = e;
            }
        }
        return new ResultList(receivers, values, errors);
    }

    /**
     * Runs the receivers concurrently on the async executor. The future completes with the
     * results in connection order, or exceptionally (with the first failure in connection order
     * as the cause) once every receiver has finished.
     */
    public CompletableFuture<List<ReceiverResult>> asend(Object sender, P payload) {
        return sendConcurrently(sender, payload, false);
    }

    /**
     * Runs the receivers concurrently on the async executor; failures are logged and returned
     * in the results, never as an exceptional completion.
     */
    public CompletableFuture<List<ReceiverResult>> asendRobust(Object sender, P payload) {
        return sendConcurrently(sender, payload, true);
    }

    /**
     * Sets the executor that {@link #asend} and {@link #asendRobust} run receivers on.
     *
     * @param executor the executor, or {@code null} for the default (virtual threads where the JDK has them)
     */
    public void useAsyncExecutor(Executor executor) {
        this.asyncExecutor = executor;
    }

    /** @return the executor async sends run receivers on: the one set by {@link #useAsyncExecutor}, else the default */
    public Executor asyncExecutor() {
        Executor executor = asyncExecutor;
        return executor != null ? executor : DefaultAsyncExecutor.get();
    }

    @Override
    public String toString() {
        return "Signal[" + name + "]";
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<List<ReceiverResult>> sendConcurrently(Object sender, P payload, boolean robust) {
        Receiver<?>[] receivers = connections.receiversFor(sender);
        if (receivers.length == 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        Executor executor = asyncExecutor();
        @SuppressWarnings("rawtypes")
        CompletableFuture<ReceiverResult>[] futures = new CompletableFuture[receivers.length];
        try {
            for (int i = 0; i < receivers.length; i++) {
                Receiver<? super P> receiver = (Receiver<? super P>) receivers[i];
                futures[i] = CompletableFuture.supplyAsync(() -> robust
                        ? runRobustly(receiver, sender, payload)
                        : runCapturing(receiver, sender, payload), executor);
            }
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(futures).thenApply(ignored -> {
            ReceiverResult[] results = new ReceiverResult[futures.length];
            for (int i = 0; i < futures.length; i++) {
                results[i] = futures[i].join();
                if (!robust && results[i].error() != null) {
                    throw new CompletionException(results[i].error());
                }
            }
            return ResultList.of(results);
        });
    }

    private Object invoke(Receiver<? super P> receiver, Object sender, P payload) {
        try {
            return receiver.receive(sender, payload);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            restoreInterruptFlag(e);
            throw new ReceiverFailedException(this, receiver, e);
        }
    }

    private ReceiverResult runCapturing(Receiver<? super P> receiver, Object sender, P payload) {
        try {
            return new ReceiverResult(receiver, receiver.receive(sender, payload), null);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            restoreInterruptFlag(e);
            return new ReceiverResult(receiver, null, e);
        }
    }

    /** A receiver's InterruptedException does not end up thrown by the send, so the thread keeps its interrupt. */
    private static void restoreInterruptFlag(Throwable e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }

    private ReceiverResult runRobustly(Receiver<? super P> receiver, Object sender, P payload) {
        ReceiverResult result = runCapturing(receiver, sender, payload);
        if (result.error() != null) {
            ReceiverFailureLog.log(this, receiver, result.error());
        }
        return result;
    }

    private boolean removeIf(Predicate<Connection> match) {
        synchronized (lock) {
            Connection[] current = connections.all;
            List<Connection> kept = new ArrayList<>(current.length);
            for (Connection connection : current) {
                if (!match.test(connection)) {
                    kept.add(connection);
                }
            }
            if (kept.size() == current.length) {
                return false;
            }
            connections = Connections.of(kept.toArray(new Connection[0]));
            return true;
        }
    }

    /** One connection: a receiver, its sender filter and its deduplication key. */
    private static final class Connection {
        final Receiver<?> receiver;
        final Object sender;
        final String dispatchUid;

        Connection(Receiver<?> receiver, Object sender, String dispatchUid) {
            this.receiver = receiver;
            this.sender = sender;
            this.dispatchUid = dispatchUid;
        }

        boolean sameKey(Connection other) {
            if (sender != other.sender) {
                return false;
            }
            if (dispatchUid != null || other.dispatchUid != null) {
                return Objects.equals(dispatchUid, other.dispatchUid);
            }
            return receiver == other.receiver;
        }
    }

    /**
     * An immutable snapshot of the connections with, precomputed for every sender that has
     * connections of its own, the receivers a send from it runs; every other sender runs the
     * any-sender receivers. Rebuilt on each connect/disconnect, so a send only reads.
     */
    private static final class Connections {
        static final Connections EMPTY = of(new Connection[0]);

        final Connection[] all;
        final Receiver<?>[] anySender;
        final IdentityHashMap<Object, Receiver<?>[]> bySender;

        private Connections(Connection[] all, Receiver<?>[] anySender, IdentityHashMap<Object, Receiver<?>[]> bySender) {
            this.all = all;
            this.anySender = anySender;
            this.bySender = bySender;
        }

        static Connections of(Connection[] all) {
            IdentityHashMap<Object, Receiver<?>[]> bySender = new IdentityHashMap<>();
            for (Connection connection : all) {
                if (connection.sender != null && !bySender.containsKey(connection.sender)) {
                    bySender.put(connection.sender, receiversMatching(all, connection.sender));
                }
            }
            return new Connections(all, receiversMatching(all, null), bySender);
        }

        private static Receiver<?>[] receiversMatching(Connection[] all, Object sender) {
            List<Receiver<?>> matching = new ArrayList<>(all.length);
            for (Connection connection : all) {
                if (connection.sender == null || connection.sender == sender) {
                    matching.add(connection.receiver);
                }
            }
            return matching.toArray(new Receiver<?>[0]);
        }

        Receiver<?>[] receiversFor(Object sender) {
            if (sender == null || bySender.isEmpty()) {
                return anySender;
            }
            Receiver<?>[] specific = bySender.get(sender);
            return specific != null ? specific : anySender;
        }
    }
}
