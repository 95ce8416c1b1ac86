package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Gives the signals one application context defines that context's settings, such as the executor
 * async sends run on, and takes them back when the context closes. A setting that belongs to a signal
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
    /** The signals given this context's settings; null while stopped. */
    private volatile List<Signal<?>> configured;

    /**
     * @param beanFactory   the context whose own signals get the settings
     * @param asyncExecutor the executor for asend and asendRobust, or null to keep the core's default
     */
    public ContextSignalSettings(ConfigurableListableBeanFactory beanFactory, Executor asyncExecutor) {
        this.beanFactory = beanFactory;
        this.asyncExecutor = asyncExecutor;
    }

    @Override
    public synchronized void start() {
        List<Signal<?>> signals = new ArrayList<>();
        for (SignalCatalog.Entry entry : SignalCatalog.of(beanFactory).entries()) {
            if (entry.local() && asyncExecutor != null) {
                entry.signal().useAsyncExecutor(asyncExecutor);
                signals.add(entry.signal());
            }
        }
        configured = signals;
    }

    @Override
    public synchronized void stop() {
        for (Signal<?> signal : configured == null ? List.<Signal<?>>of() : configured) {
            // another context that shares the signal may have set its own executor since
            if (signal.asyncExecutor() == asyncExecutor) {
                signal.useAsyncExecutor(null);
            }
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
