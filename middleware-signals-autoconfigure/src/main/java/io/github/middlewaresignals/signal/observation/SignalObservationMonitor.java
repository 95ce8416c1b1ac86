package io.github.middlewaresignals.signal.observation;

import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes each send of the signals it watches ({@link SignalObservationDocumentation#SIGNAL_SEND}).
 * With a registry that has no handlers, a send creates nothing. A send whose receivers run on the
 * sending thread opens the observation's scope for them and closes it when the send is over; an
 * {@code asend}'s observation opens none, since its receivers run elsewhere and it ends on another thread.
 */
public final class SignalObservationMonitor implements SignalMonitor {

    private static final DefaultSignalSendObservationConvention DEFAULT_CONVENTION = new DefaultSignalSendObservationConvention();

    private final ObservationRegistry registry;
    private final SignalSendObservationConvention convention;

    /**
     * @param registry   where the observations go
     * @param convention the convention that replaces the default one, or {@code null}
     */
    public SignalObservationMonitor(ObservationRegistry registry, SignalSendObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
        if (registry.isNoop()) {
            return null;
        }
        Observation observation = SignalObservationDocumentation.SIGNAL_SEND.observation(convention, DEFAULT_CONVENTION,
                () -> new SignalSendContext(signal, sender, payload, concurrent), registry);
        if (observation.isNoop()) {
            return null;
        }
        observation.start();
        return concurrent ? observation : observation.openScope();
    }

    @Override
    public void receiverFinished(String signal, ConnectedReceiver receiver, Object sender, Object payload, Throwable failure) {
        if (failure == null) {
            return;
        }
        Observation current = registry.getCurrentObservation();
        if (current != null && current.getContext() instanceof SignalSendContext send && send.getSignalName().equals(signal)) {
            send.setReceiverFailed();
        }
    }

    @Override
    public void sendFinished(String signal, Object sender, Object payload, Object started, Throwable failure) {
        Observation observation;
        if (started instanceof Observation.Scope scope) {
            observation = scope.getCurrentObservation();
            scope.close();
        }
        else if (started instanceof Observation concurrent) {
            observation = concurrent;
        }
        else {
            return;
        }
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }
}
