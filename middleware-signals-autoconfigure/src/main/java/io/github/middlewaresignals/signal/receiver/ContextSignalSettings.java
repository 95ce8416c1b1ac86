package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.DeliveryScheduler;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Gives the signals one application context defines that context's settings (the executor async
 * work runs on, the scheduler that holds receivers for their transaction phase, the monitors that
 * watch sends) and takes them back when the context closes. A setting that belongs to a signal
 * rather than to one receiver is installed here, on every signal alike. A signal a parent context
 * defines keeps the parent's settings, and one shared with another context keeps whatever that
 * context set last.
 * <p>
 * A {@link SmartLifecycle} in the lowest phase: the settings are in place before any other lifecycle
 * starts (the receivers' connection, the web server) and taken back only after every other one has
 * stopped, yet before any bean is destroyed, so no send reaches an executor already shut down.
 * Spring stops it on close and when a later start-up step fails; a child context's close stops only
 * its own lifecycles.
 */
public final class ContextSignalSettings implements SmartLifecycle {

    /** Lower than every other phase of the library, so the settings outlast the receivers. */
    public static final int PHASE = Integer.MIN_VALUE;

    private final ConfigurableListableBeanFactory beanFactory;
    private final Executor asyncExecutor;
    private final DeliveryScheduler deliveryScheduler;
    private final List<SignalMonitor> monitors;
    /** The signals given this context's settings; null while stopped. */
    private volatile List<Signal<?>> configured;

    /**
     * @param beanFactory       the context whose own signals get the settings
     * @param asyncExecutor     the executor for async sends and async receivers, or null to keep the core's default
     * @param deliveryScheduler where receivers with a phase wait for the transaction, or null to keep the core's
     *                          (no transactions)
     * @param monitors          the monitors to add to each signal
     */
    public ContextSignalSettings(ConfigurableListableBeanFactory beanFactory, Executor asyncExecutor,
                                 DeliveryScheduler deliveryScheduler, List<SignalMonitor> monitors) {
        this.beanFactory = beanFactory;
        this.asyncExecutor = asyncExecutor;
        this.deliveryScheduler = deliveryScheduler;
        this.monitors = List.copyOf(monitors);
    }

    @Override
    public synchronized void start() {
        List<Signal<?>> signals = new ArrayList<>();
        for (SignalCatalog.Entry entry : SignalCatalog.of(beanFactory).entries()) {
            if (entry.local()) {
                Signal<?> signal = entry.signal();
                if (asyncExecutor != null) {
                    signal.useAsyncExecutor(asyncExecutor);
                }
                if (deliveryScheduler != null) {
                    signal.useDeliveryScheduler(deliveryScheduler);
                }
                monitors.forEach(signal::addMonitor);
                signals.add(signal);
            }
        }
        configured = signals;
    }

    @Override
    public synchronized void stop() {
        for (Signal<?> signal : configured == null ? List.<Signal<?>>of() : configured) {
            // another context that shares the signal may have set its own since
            if (asyncExecutor != null && signal.asyncExecutor() == asyncExecutor) {
                signal.useAsyncExecutor(null);
            }
            if (deliveryScheduler != null && signal.deliveryScheduler() == deliveryScheduler) {
                signal.useDeliveryScheduler(null);
            }
            monitors.forEach(signal::removeMonitor);
        }
        configured = null;
    }

    @Override
    public boolean isRunning() {
        return configured != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
