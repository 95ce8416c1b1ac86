package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.model.ModelSignals;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.integrator.spi.Integrator;

/**
 * Registers the model-signal listeners while a SessionFactory is built. Each instance serves one
 * {@link ModelSignals}, so every application (context) gets its own signals.
 */
public final class ModelSignalsIntegrator implements Integrator {

    /** The nesting depth used when none is configured. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;

    private final ModelSignals signals;
    private final int maxNestingDepth;

    /**
     * @param signals         the signals to send
     * @param maxNestingDepth how many rounds of receivers writing entities whose signals make
     *                        them write again are allowed before a
     *                        {@link io.github.middlewaresignals.signal.model.ModelSignalNestingException}
     */
    public ModelSignalsIntegrator(ModelSignals signals, int maxNestingDepth) {
        this.signals = signals;
        this.maxNestingDepth = maxNestingDepth;
    }

    /** @return the signals this integrator sends */
    public ModelSignals signals() {
        return signals;
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        SessionSignals sessions = new SessionSignals(maxNestingDepth);
        ModelSignalDispatcher dispatcher = new ModelSignalDispatcher(signals, sessions);
        EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
        new EntityWriteListener(dispatcher).register(registry);
        new CollectionWriteListener(new CollectionSignalDispatcher(signals, sessions)).register(registry);
        new LoadListener(new LoadSignalDispatcher(signals, sessions)).register(registry);
        new FlushStartListener(dispatcher).register(registry);
        new FlushEndListener(dispatcher).register(registry);
        new SaveStartListener(dispatcher).register(registry);
        new OperationEndListener(dispatcher).register(registry);
    }
}
