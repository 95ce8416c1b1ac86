package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostInit;
import io.github.middlewaresignals.signal.model.PreInit;
import org.hibernate.event.spi.EventSource;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Which {@code pre_init} / {@code post_init} one application sends while Hibernate loads entities.
 * Loading is the hot path of most applications: for an entity class nobody listens to, each entry
 * point returns after one check and allocates nothing.
 */
final class LoadSignalDispatcher {

    private final ModelSignals signals;
    private final SessionSignals sessions;

    LoadSignalDispatcher(ModelSignals signals, SessionSignals sessions) {
        this.signals = signals;
        this.sessions = sessions;
    }

    /** Hibernate has the row of an entity and is about to fill the instance: sends {@code pre_init}. */
    void beforeLoad(EventSource session, EntityPersister persister, Object id) {
        Class<?> sender = persister.getMappedClass();
        if (signals.preInit().isHeard(sender)) {
            sessions.sendDuringLoad(session, SignalSend.of(signals.preInit(), sender, preInit(sender, id)));
        }
    }

    /** The loaded entity has its values: sends {@code post_init}. */
    void afterLoad(EventSource session, EntityPersister persister, Object entity) {
        Class<?> sender = persister.getMappedClass();
        if (signals.postInit().isHeard(sender)) {
            sessions.sendDuringLoad(session, SignalSend.of(signals.postInit(), sender, postInit(sender, entity)));
        }
    }

    private static <T> PreInit<T> preInit(Class<T> sender, Object id) {
        return new PreInit<>(sender, id);
    }

    @SuppressWarnings("unchecked")
    private static <T> PostInit<T> postInit(Class<T> sender, Object entity) {
        return new PostInit<>(sender, (T) entity);
    }
}
