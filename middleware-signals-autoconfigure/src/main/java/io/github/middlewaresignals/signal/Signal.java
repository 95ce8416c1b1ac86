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
 * <p>
 * A receiver may be connected for a transaction {@link Phase} ({@link ReceiverOptions}): it then
 * runs when the sending thread's transaction reaches that point, as the signal's
 * {@link DeliveryScheduler} knows it, and not during the send. Monitors ({@link SignalMonitor}) watch
 * the sends. While no receiver has a phase or a condition and no monitor is added, a send is a loop
 * over the receivers and nothing more.
 *
 * @param <P> the payload type (Django's {@code **kwargs}, as one object)
 */
public final class Signal<P> {

    private final String name;
    private final Object lock = new Object();
    private volatile Connections connections = Connections.EMPTY;
    private volatile Executor asyncExecutor;
    private volatile DeliveryScheduler deliveryScheduler = DeliveryScheduler.NO_TRANSACTIONS;

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
        connect(receiver, ReceiverOptions.DEFAULT);
    }

    /**
     * Connects a receiver for one sender.
     *
     * @param sender the exact sender to listen to, or {@code null} for any sender
     */
    public void connect(Receiver<? super P> receiver, Object sender) {
        connect(receiver, ReceiverOptions.DEFAULT.withSender(sender));
    }

    /**
     * Connects a receiver. Connecting the same receiver, or the same dispatch uid, twice for the
     * same sender keeps the first connection.
     *
     * @param sender      the exact sender to listen to, or {@code null} for any sender
     * @param dispatchUid a deduplication key used instead of the receiver's identity, or {@code null}
     */
    public void connect(Receiver<? super P> receiver, Object sender, String dispatchUid) {
        connect(receiver, ReceiverOptions.DEFAULT.withSender(sender).withDispatchUid(dispatchUid));
    }

    /**
     * Connects a receiver with options: sender, dispatch uid, transaction phase, async delivery,
     * condition. The same deduplication rule applies: the first connection for a key wins. When a
     * dispatch uid is already taken by a different receiver, the new one is not connected and a
     * warning says so: a receiver connected by hand outlives its application context unless it is
     * disconnected, and would otherwise keep every later one out without a word.
     *
     * @param options how to connect; {@code null} means {@link ReceiverOptions#DEFAULT}
     */
    public void connect(Receiver<? super P> receiver, ReceiverOptions options) {
        Objects.requireNonNull(receiver, "receiver");
        ConnectedReceiver connection = new ConnectedReceiver(receiver, options == null ? ReceiverOptions.DEFAULT : options);
        synchronized (lock) {
            Connections current = connections;
            for (ConnectedReceiver existing : current.all) {
                if (existing.sameKey(connection)) {
                    if (connection.dispatchUid() != null && existing.receiver() != receiver) {
                        ReceiverFailureLog.dispatchUidTaken(name, connection.dispatchUid(), connection.sender(), existing.receiver(), receiver);
                    }
                    return;
                }
            }
            ConnectedReceiver[] next = Arrays.copyOf(current.all, current.all.length + 1);
            next[current.all.length] = connection;
            connections = new Connections(next, current.monitors);
        }
    }

    /**
     * Disconnects a receiver from every sender, whether it was connected with a dispatch uid or not.
     *
     * @return whether anything was disconnected
     */
    public boolean disconnect(Receiver<? super P> receiver) {
        Objects.requireNonNull(receiver, "receiver");
        return removeIf(c -> c.receiver() == receiver);
    }

    /** Disconnects a receiver from one sender ({@code null}: the any-sender connection). @return whether anything was disconnected */
    public boolean disconnect(Receiver<? super P> receiver, Object sender) {
        Objects.requireNonNull(receiver, "receiver");
        return removeIf(c -> c.receiver() == receiver && c.sender() == sender);
    }

    /** Disconnects every connection made with this dispatch uid. @return whether anything was disconnected */
    public boolean disconnect(String dispatchUid) {
        Objects.requireNonNull(dispatchUid, "dispatchUid");
        return removeIf(c -> dispatchUid.equals(c.dispatchUid()));
    }

    /** @return whether any receiver is connected, for any sender */
    public boolean hasListeners() {
        return connections.all.length > 0;
    }

    /** @return whether a send from this sender would run at least one receiver */
    public boolean hasListeners(Object sender) {
        return connections.routeFor(sender).receivers.length > 0;
    }

    /** @return whether a send from some sender would be seen: a receiver is connected, or a monitor watches every send */
    public boolean isHeard() {
        Connections current = connections;
        return current.all.length > 0 || current.unheardMonitors.length > 0;
    }

    /**
     * @return whether a send from this sender would be seen at all: by a receiver, or by a monitor
     *         that watches sends no receiver hears. A sender may skip building the payload when not.
     */
    public boolean isHeard(Object sender) {
        Connections current = connections;
        return current.routeFor(sender).receivers.length > 0 || current.unheardMonitors.length > 0;
    }

    /** @return every connection, in connection order; a snapshot that later connects do not change */
    public List<ConnectedReceiver> receivers() {
        return List.of(connections.all);
    }

    /**
     * Calls every receiver in connection order. The first receiver exception stops the send:
     * a {@link RuntimeException} or {@link Error} propagates unchanged, a checked exception
     * wrapped in a {@link ReceiverFailedException}.
     *
     * @return one result per receiver that ran during the send, in connection order
     */
    @SuppressWarnings("unchecked")
    public List<ReceiverResult> send(Object sender, P payload) {
        Connections current = connections;
        Route route = current.routeFor(sender);
        if (!current.plain) {
            return dispatch(current, route, sender, payload, false);
        }
        Receiver<?>[] receivers = route.receivers;
        if (receivers.length == 0 || Mutes.isMuted(this)) {
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
     * @return one result per receiver that ran during the send, in connection order; never throws
     *         for a receiver's failure
     */
    @SuppressWarnings("unchecked")
    public List<ReceiverResult> sendRobust(Object sender, P payload) {
        Connections current = connections;
        Route route = current.routeFor(sender);
        if (!current.plain) {
            return dispatch(current, route, sender, payload, true);
        }
        Receiver<?>[] receivers = route.receivers;
        if (receivers.length == 0 || Mutes.isMuted(this)) {
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
                ReceiverFailureLog.robustSendFailed(name, receiver, e);
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
     * Mutes signals on the current thread until the returned {@link Muting} is closed, like
     * factory_boy's {@code mute_signals}: their sends reach no receiver and no monitor. Mutings nest.
     * <pre>
     * try (Signal.Muting muted = Signal.mute(modelSignals.postSave())) {
     *     users.save(fixture);   // no post_save receiver runs
     * }
     * </pre>
     *
     * @param signals the signals to mute (at least one)
     * @return the muting; close it on the thread that opened it
     */
    public static Muting mute(Signal<?>... signals) {
        Objects.requireNonNull(signals, "signals");
        if (signals.length == 0) {
            throw new IllegalArgumentException("Name the signals to mute, e.g. Signal.mute(modelSignals.postSave())");
        }
        Object[] muted = signals.clone();
        for (Object signal : muted) {
            Objects.requireNonNull(signal, "a signal to mute is null");
        }
        Thread owner = Thread.currentThread();
        Mutes.open(muted);
        return new Muting() {
            private boolean closed;

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                if (Thread.currentThread() != owner) {
                    throw new IllegalStateException("A muting is closed on the thread that opened it (" + owner.getName()
                            + "), not on " + Thread.currentThread().getName() + "; mutes are thread-confined");
                }
                closed = true;
                Mutes.close(muted);
            }
        };
    }

    /** Signals muted on one thread until {@link #close()}; closing twice does nothing. */
    public interface Muting extends AutoCloseable {

        @Override
        void close();
    }

    /**
     * Sets the executor that {@link #asend}, {@link #asendRobust} and async receivers run on.
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

    /** @return the executor signals use when none is set: virtual threads where the JDK has them, else daemon threads */
    public static Executor defaultAsyncExecutor() {
        return DefaultAsyncExecutor.get();
    }

    /**
     * Sets where receivers with a transaction phase wait for the sending thread's transaction.
     *
     * @param scheduler the scheduler, or {@code null} for {@link DeliveryScheduler#NO_TRANSACTIONS}
     */
    public void useDeliveryScheduler(DeliveryScheduler scheduler) {
        this.deliveryScheduler = scheduler != null ? scheduler : DeliveryScheduler.NO_TRANSACTIONS;
    }

    /** @return where receivers with a transaction phase wait */
    public DeliveryScheduler deliveryScheduler() {
        return deliveryScheduler;
    }

    /** Adds a monitor that sees every later send; adding the same monitor twice keeps one. */
    public void addMonitor(SignalMonitor monitor) {
        Objects.requireNonNull(monitor, "monitor");
        synchronized (lock) {
            Connections current = connections;
            if (Arrays.asList(current.monitors).contains(monitor)) {
                return;
            }
            SignalMonitor[] next = Arrays.copyOf(current.monitors, current.monitors.length + 1);
            next[current.monitors.length] = monitor;
            connections = new Connections(current.all, next);
        }
    }

    /** @return whether the monitor was added and is now removed */
    public boolean removeMonitor(SignalMonitor monitor) {
        synchronized (lock) {
            Connections current = connections;
            List<SignalMonitor> kept = new ArrayList<>(Arrays.asList(current.monitors));
            if (!kept.remove(monitor)) {
                return false;
            }
            connections = new Connections(current.all, kept.toArray(Monitors.NONE));
            return true;
        }
    }

    @Override
    public String toString() {
        return "Signal[" + name + "]";
    }

    /**
     * The send for when a receiver has a phase or a condition, or a monitor watches: the same
     * order and failure rules, plus the receivers that do not run now left out of the results.
     */
    private List<ReceiverResult> dispatch(Connections current, Route route, Object sender, P payload, boolean robust) {
        ConnectedReceiver[] connected = route.connections;
        SignalMonitor[] monitors = connected.length > 0 ? current.monitors : current.unheardMonitors;
        if (connected.length == 0 && monitors.length == 0 || Mutes.isMuted(this)) {
            return List.of();
        }
        Object started = monitors.length == 0 ? null : Monitors.sendStarted(monitors, name, sender, payload, false);
        Throwable sendFailure = null;
        try {
            ResultList.Builder results = new ResultList.Builder(route.receivers);
            for (int i = 0; i < connected.length; i++) {
                ConnectedReceiver receiver = connected[i];
                Object value;
                try {
                    if (!receiver.accepts(sender, payload) || deferredOrSkipped(receiver, sender, payload, current.monitors)) {
                        continue;
                    }
                    value = receiver.call(sender, payload);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    restoreInterruptFlag(e);
                    Monitors.receiverFinished(current.monitors, name, receiver, sender, payload, e);
                    if (!robust) {
                        throw unchecked(receiver.receiver(), e);
                    }
                    ReceiverFailureLog.robustSendFailed(name, receiver.receiver(), e);
                    results.ran(i, null, e);
                    continue;
                }
                Monitors.receiverFinished(current.monitors, name, receiver, sender, payload, null);
                results.ran(i, value, null);
            }
            return results.build();
        } catch (RuntimeException | Error e) {
            sendFailure = e;
            throw e;
        } finally {
            if (monitors.length > 0) {
                Monitors.sendFinished(monitors, name, sender, payload, started, sendFailure);
            }
        }
    }

    /**
     * Hands a receiver with a phase to the scheduler. Outside a transaction an {@code AFTER_ROLLBACK}
     * receiver is skipped, an async one goes to the executor, and any other runs now.
     *
     * @return whether the receiver does not run now, as part of the send
     */
    private boolean deferredOrSkipped(ConnectedReceiver receiver, Object sender, Object payload, SignalMonitor[] monitors) {
        Phase phase = receiver.phase();
        if (phase == Phase.IMMEDIATE) {
            return false;
        }
        DeliveryScheduler scheduler = deliveryScheduler;
        DeferredDelivery delivery = new DeferredDelivery(name, receiver, sender, payload, monitors, asyncExecutor());
        if (scheduler.defer(delivery) || phase == Phase.AFTER_ROLLBACK) {
            return true;
        }
        if (!receiver.async()) {
            return false;
        }
        try {
            scheduler.runAsync(delivery);
        } catch (RejectedExecutionException e) {
            delivery.refused(e);
        }
        return true;
    }

    private CompletableFuture<List<ReceiverResult>> sendConcurrently(Object sender, P payload, boolean robust) {
        Connections current = connections;
        Route route = current.routeFor(sender);
        ConnectedReceiver[] connected = route.connections;
        SignalMonitor[] monitors = connected.length > 0 ? current.monitors : current.unheardMonitors;
        if (connected.length == 0 && monitors.length == 0 || Mutes.isMuted(this)) {
            return CompletableFuture.completedFuture(List.of());
        }
        Object started = monitors.length == 0 ? null : Monitors.sendStarted(monitors, name, sender, payload, true);
        CompletableFuture<List<ReceiverResult>> sent;
        try {
            sent = startConcurrently(current, connected, sender, payload, robust);
        } catch (RuntimeException | Error e) {
            if (monitors.length > 0) {
                Monitors.sendFinished(monitors, name, sender, payload, started, e);
            }
            throw e;
        }
        if (monitors.length == 0) {
            return sent;
        }
        return sent.whenComplete((results, failure) -> Monitors.sendFinished(monitors, name, sender, payload, started,
                failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure));
    }

    private CompletableFuture<List<ReceiverResult>> startConcurrently(Connections current, ConnectedReceiver[] connected,
                                                                      Object sender, P payload, boolean robust) {
        Executor executor = asyncExecutor();
        List<CompletableFuture<ReceiverResult>> futures = new ArrayList<>(connected.length);
        try {
            for (ConnectedReceiver receiver : connected) {
                try {
                    if (!receiver.accepts(sender, payload) || deferredOrSkipped(receiver, sender, payload, current.monitors)) {
                        continue;
                    }
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    restoreInterruptFlag(e);
                    futures.add(CompletableFuture.completedFuture(finished(current.monitors, receiver, sender, payload,
                            new ReceiverResult(receiver.receiver(), null, e), robust)));
                    continue;
                }
                futures.add(CompletableFuture.supplyAsync(() -> finished(current.monitors, receiver, sender, payload,
                        runCapturing(receiver, sender, payload), robust), executor));
            }
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).thenApply(ignored -> {
            ReceiverResult[] results = new ReceiverResult[futures.size()];
            for (int i = 0; i < results.length; i++) {
                results[i] = futures.get(i).join();
                if (!robust && results[i].error() != null) {
                    throw new CompletionException(results[i].error());
                }
            }
            return results.length == 0 ? List.of() : ResultList.of(results);
        });
    }

    private ReceiverResult finished(SignalMonitor[] monitors, ConnectedReceiver receiver, Object sender, Object payload,
                                    ReceiverResult result, boolean robust) {
        Monitors.receiverFinished(monitors, name, receiver, sender, payload, result.error());
        if (robust && result.error() != null) {
            ReceiverFailureLog.robustSendFailed(name, receiver.receiver(), result.error());
        }
        return result;
    }

    private Object invoke(Receiver<? super P> receiver, Object sender, P payload) {
        try {
            return receiver.receive(sender, payload);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            restoreInterruptFlag(e);
            throw new ReceiverFailedException(name, receiver, e);
        }
    }

    private RuntimeException unchecked(Receiver<?> receiver, Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new ReceiverFailedException(name, receiver, (Exception) failure);
    }

    private static ReceiverResult runCapturing(ConnectedReceiver receiver, Object sender, Object payload) {
        try {
            return new ReceiverResult(receiver.receiver(), receiver.call(sender, payload), null);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            restoreInterruptFlag(e);
            return new ReceiverResult(receiver.receiver(), null, e);
        }
    }

    /** A receiver's InterruptedException does not end up thrown by the send, so the thread keeps its interrupt. */
    private static void restoreInterruptFlag(Throwable e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean removeIf(Predicate<ConnectedReceiver> match) {
        synchronized (lock) {
            Connections current = connections;
            List<ConnectedReceiver> kept = new ArrayList<>(current.all.length);
            for (ConnectedReceiver connection : current.all) {
                if (!match.test(connection)) {
                    kept.add(connection);
                }
            }
            if (kept.size() == current.all.length) {
                return false;
            }
            connections = new Connections(kept.toArray(new ConnectedReceiver[0]), current.monitors);
            return true;
        }
    }

    /** The receivers a send from one sender runs, as plain receivers for the fast path and as connections for the rest. */
    private static final class Route {
        static final Route NONE = new Route(new ConnectedReceiver[0]);

        final ConnectedReceiver[] connections;
        final Receiver<?>[] receivers;

        Route(ConnectedReceiver[] connections) {
            this.connections = connections;
            this.receivers = new Receiver<?>[connections.length];
            for (int i = 0; i < connections.length; i++) {
                receivers[i] = connections[i].receiver();
            }
        }
    }

    /**
     * An immutable snapshot of the connections and monitors with, precomputed for every sender that
     * has connections of its own, the receivers a send from it runs; every other sender runs the
     * any-sender receivers. Rebuilt on each connect, disconnect or monitor change, so a send only reads.
     */
    private static final class Connections {
        static final Connections EMPTY = new Connections(new ConnectedReceiver[0], Monitors.NONE);

        final ConnectedReceiver[] all;
        final SignalMonitor[] monitors;
        /** The monitors that also see sends no receiver hears. */
        final SignalMonitor[] unheardMonitors;
        /** No monitor, no phase, no condition: a send is only the loop over the receivers. */
        final boolean plain;
        final Route anySender;
        final IdentityHashMap<Object, Route> bySender;

        Connections(ConnectedReceiver[] all, SignalMonitor[] monitors) {
            this.all = all;
            this.monitors = monitors;
            this.unheardMonitors = Arrays.stream(monitors).filter(SignalMonitor::watchesUnheardSends).toArray(SignalMonitor[]::new);
            this.plain = monitors.length == 0
                    && Arrays.stream(all).allMatch(c -> c.phase() == Phase.IMMEDIATE && c.condition() == null);
            this.bySender = new IdentityHashMap<>();
            for (ConnectedReceiver connection : all) {
                if (connection.sender() != null && !bySender.containsKey(connection.sender())) {
                    bySender.put(connection.sender(), routeMatching(all, connection.sender()));
                }
            }
            this.anySender = all.length == 0 ? Route.NONE : routeMatching(all, null);
        }

        private static Route routeMatching(ConnectedReceiver[] all, Object sender) {
            List<ConnectedReceiver> matching = new ArrayList<>(all.length);
            for (ConnectedReceiver connection : all) {
                if (connection.sender() == null || connection.sender() == sender) {
                    matching.add(connection);
                }
            }
            return matching.isEmpty() ? Route.NONE : new Route(matching.toArray(new ConnectedReceiver[0]));
        }

        Route routeFor(Object sender) {
            if (sender == null || bySender.isEmpty()) {
                return anySender;
            }
            Route specific = bySender.get(sender);
            return specific != null ? specific : anySender;
        }
    }
}
