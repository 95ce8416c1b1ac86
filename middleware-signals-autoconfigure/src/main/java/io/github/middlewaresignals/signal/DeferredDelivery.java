package io.github.middlewaresignals.signal;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * One receiver's part of one send, waiting for its {@link Phase}: what a {@link DeliveryScheduler}
 * holds until the transaction reaches that point.
 * <p>
 * {@link #run()} calls the receiver and tells the signal's monitors. A {@link Phase#BEFORE_COMMIT}
 * receiver's failure is thrown (a {@link RuntimeException} or {@link Error} unchanged, a checked
 * exception wrapped in {@link ReceiverFailedException}), so that it rolls the transaction back; after
 * the outcome a failure is logged at ERROR and never thrown, so it cannot undo a commit or stop the
 * receivers after it.
 */
public final class DeferredDelivery implements Runnable {

    private final String signalName;
    private final ConnectedReceiver receiver;
    private final Object sender;
    private final Object payload;
    private final SignalMonitor[] monitors;
    private final Executor asyncExecutor;

    DeferredDelivery(String signalName, ConnectedReceiver receiver, Object sender, Object payload, SignalMonitor[] monitors,
                     Executor asyncExecutor) {
        this.signalName = signalName;
        this.receiver = receiver;
        this.sender = sender;
        this.payload = payload;
        this.monitors = monitors;
        this.asyncExecutor = asyncExecutor;
    }

    /** @return the name of the signal that was sent */
    public String signalName() {
        return signalName;
    }

    /** @return the receiver and how it is connected */
    public ConnectedReceiver receiver() {
        return receiver;
    }

    /** @return the phase it waits for */
    public Phase phase() {
        return receiver.phase();
    }

    /** @return whether it runs on the async executor once its phase point is reached */
    public boolean async() {
        return receiver.async();
    }

    /** @return the send's sender */
    public Object sender() {
        return sender;
    }

    /** @return the send's payload */
    public Object payload() {
        return payload;
    }

    /** @return the executor the signal runs async receivers on */
    public Executor asyncExecutor() {
        return asyncExecutor;
    }

    /** Runs the receiver as it is, on this thread. */
    @Override
    public void run() {
        run(Callable::call);
    }

    /**
     * Runs the receiver through {@code invoker}, e.g. inside a transaction of its own; what the
     * invoker throws counts as the receiver's failure.
     */
    public void run(Invoker invoker) {
        Throwable failure = null;
        try {
            invoker.invoke(() -> receiver.call(sender, payload));
        }
        catch (VirtualMachineError e) {
            throw e;
        }
        catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failure = e;
        }
        Monitors.receiverFinished(monitors, signalName, receiver, sender, payload, failure);
        if (failure == null) {
            return;
        }
        if (receiver.phase() == Phase.BEFORE_COMMIT) {
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new ReceiverFailedException(signalName, receiver.receiver(), (Exception) failure);
        }
        ReceiverFailureLog.deferredReceiverFailed(signalName, receiver, sender, failure);
    }

    /** Wraps the call of a deferred receiver, e.g. in a transaction of its own. */
    @FunctionalInterface
    public interface Invoker {

        /**
         * @param receiverCall calls the receiver and returns what it returned
         * @return what {@code receiverCall} returned
         */
        Object invoke(Callable<Object> receiverCall) throws Exception;
    }

    /** Reports a delivery that could not even be started (its executor refused it) as a failure of the receiver. */
    void refused(RuntimeException failure) {
        Monitors.receiverFinished(monitors, signalName, receiver, sender, payload, failure);
        ReceiverFailureLog.deferredReceiverFailed(signalName, receiver, sender, failure);
    }

    @Override
    public String toString() {
        return "DeferredDelivery[" + signalName + " -> " + receiver + "]";
    }
}
