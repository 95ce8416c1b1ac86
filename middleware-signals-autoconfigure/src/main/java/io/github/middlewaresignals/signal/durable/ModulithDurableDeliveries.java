package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.receiver.DurableDeliveries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Durable receivers on Spring Modulith's event publication registry. A durable receiver is connected to
 * its signal to run during the send, where it records a {@link DurableDelivery} through the application's
 * event publisher: Modulith's multicaster stores the publication for the receiver's listener in the
 * sending transaction, and the listener runs the receiver after the commit and completes it. The
 * registry resubmits what is left incomplete.
 */
public final class ModulithDurableDeliveries implements DurableDeliveries, DurableReceiverDescriptions {

    private final ApplicationEventPublisher publisher;
    private final ApplicationEventMulticaster multicaster;
    private final Supplier<EventPublicationRegistry> registry;
    private final JsonPayloads payloads;
    private final InTransaction transaction;
    private final Map<String, DurableReceiverListener> listeners = new TreeMap<>();
    /** By the receiver connected in its place: the durable receiver's name. */
    private final Map<Receiver<?>, String> recorders = new ConcurrentHashMap<>();

    /**
     * @param publisher   publishes the recorded events: the application context
     * @param multicaster Modulith's multicaster, which the receivers' listeners are added to
     * @param registry    completes and fails the publications
     * @param payloads    checks that payloads round-trip, and reads recorded ones back
     * @param transaction records a send made outside a transaction in one of its own
     */
    public ModulithDurableDeliveries(ApplicationEventPublisher publisher, ApplicationEventMulticaster multicaster,
                                     Supplier<EventPublicationRegistry> registry, JsonPayloads payloads, InTransaction transaction) {
        this.publisher = publisher;
        this.multicaster = multicaster;
        this.registry = registry;
        this.payloads = payloads;
        this.transaction = transaction;
    }

    @Override
    public void checkPayload(String receiverName, Signal<?> signal, Class<?> payloadType) {
        payloads.check(receiverName, signal.name(), payloadType);
    }

    @Override
    public synchronized Connection durable(String receiverName, Signal<?> signal, Class<?> payloadType, Receiver<Object> receiver,
                                           ReceiverOptions declared) {
        DurableReceiverListener listener = listeners.get(receiverName);
        if (listener == null) {
            listener = new DurableReceiverListener(receiverName, registry, payloads, transaction);
            multicaster.addApplicationListener(listener);
            listeners.put(receiverName, listener);
        }
        listener.add(signal, payloadType, receiver, declared);
        String signalName = signal.name();
        Receiver<Object> recording = new RecordingReceiver(receiverName + " (recording)",
                (sender, payload) -> new DurableDelivery(receiverName, signalName, sender instanceof Class<?> type ? type.getName() : null, payload),
                publisher, transaction);
        recorders.put(recording, receiverName);
        // the sender filter, dispatch uid and condition apply at the send, as for any receiver
        return new Connection(recording, declared.withAsync(false).withPhase(Phase.IMMEDIATE));
    }

    @Override
    public String durableReceiverName(Receiver<?> connected) {
        return recorders.get(connected);
    }

    @Override
    public List<DistributedSignalsDescriptor.DurableReceiver> describe() {
        Map<String, List<DistributedSignalsDescriptor.IncompleteDelivery>> incomplete = new TreeMap<>();
        for (TargetEventPublication publication : registry.get().findIncompletePublications()) {
            Object event = publication.getEvent();
            if (event instanceof DurableDelivery delivery) {
                incomplete.computeIfAbsent(publication.getTargetIdentifier().getValue(), name -> new ArrayList<>())
                        .add(new DistributedSignalsDescriptor.IncompleteDelivery(publication.getIdentifier(), delivery.signal(),
                                publication.getPublicationDate(), publication.getStatus().name(), publication.getCompletionAttempts()));
            }
        }
        List<DistributedSignalsDescriptor.DurableReceiver> receivers = new ArrayList<>();
        synchronized (this) {
            listeners.forEach((name, listener) -> receivers.add(new DistributedSignalsDescriptor.DurableReceiver(name,
                    List.copyOf(new TreeSet<>(listener.signals())), List.copyOf(incomplete.getOrDefault(name, List.of())))));
        }
        return receivers;
    }
}
