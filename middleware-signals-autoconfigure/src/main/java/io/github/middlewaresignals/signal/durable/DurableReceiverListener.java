package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.modulith.events.core.ConditionalEventListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One durable receiver as Spring Modulith's registry knows it: an after-commit transactional listener
 * whose id is the receiver's stable name ({@code com.example.Receivers#invoice}), for the
 * {@link DurableDelivery} events recorded for that receiver. The registry stores a publication for it
 * when such an event is recorded, and hands the event back after a restart
 * ({@code IncompleteEventPublications}).
 * <p>
 * Each delivery runs through a signal of its own that holds only the receiver, with the phase and async
 * flag the receiver declares and the delivery scheduler of the signal it listens to: so a durable
 * receiver runs after the commit exactly as any {@code AFTER_COMMIT} receiver does (in a transaction of
 * its own, its failure logged with signal, receiver and sender), and its publication is completed once
 * that transaction has committed, or marked failed, and left incomplete, when it rolls back.
 */
final class DurableReceiverListener implements TransactionalApplicationListener<ApplicationEvent>, GenericApplicationListener,
        ConditionalEventListener {

    private static final Logger log = LoggerFactory.getLogger(DurableReceiverListener.class);

    private final String name;
    private final PublicationTargetIdentifier id;
    private final Supplier<EventPublicationRegistry> registry;
    private final JsonPayloads payloads;
    private final InTransaction transaction;
    /** By signal name: the receiver's deliveries of that signal. */
    private final Map<String, Route> routes = new ConcurrentHashMap<>();

    DurableReceiverListener(String name, Supplier<EventPublicationRegistry> registry, JsonPayloads payloads, InTransaction transaction) {
        this.name = name;
        this.id = PublicationTargetIdentifier.of(name);
        this.registry = registry;
        this.payloads = payloads;
        this.transaction = transaction;
    }

    /** Delivers this signal's recorded sends to the receiver, with its declared phase and async flag. */
    void add(Signal<?> signal, Class<?> payloadType, Receiver<Object> receiver, ReceiverOptions declared) {
        Signal<DurableDelivery> deliveries = new Signal<>(signal.name());
        deliveries.connect(new CompletingReceiver(receiver, payloadType),
                ReceiverOptions.at(Phase.AFTER_COMMIT).withAsync(declared.async()));
        routes.putIfAbsent(signal.name(), new Route(signal, deliveries));
    }

    /** @return the names of the signals whose sends this receiver gets */
    Set<String> signals() {
        return Set.copyOf(routes.keySet());
    }

    String name() {
        return name;
    }

    @Override
    public String getListenerId() {
        return name;
    }

    @Override
    public TransactionPhase getTransactionPhase() {
        return TransactionPhase.AFTER_COMMIT;
    }

    /** Callbacks wrap Spring's own after-commit synchronization, which this listener does not use. */
    @Override
    public void addCallback(SynchronizationCallback callback) {
        throw new UnsupportedOperationException("A durable signal receiver runs at its signal's transaction phases, not through"
                + " Spring's transactional event synchronization, so it takes no synchronization callbacks");
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        return PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass())
                && DurableDelivery.class.isAssignableFrom(eventType.as(PayloadApplicationEvent.class).getGeneric().toClass());
    }

    @Override
    public boolean supports(Object event) {
        return event instanceof DurableDelivery delivery && name.equals(delivery.receiver());
    }

    /** A send just recorded: deliver it after the sending transaction. */
    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        processEvent(event);
    }

    /** A recorded send, just recorded or handed back by the registry: deliver it after the transaction active now, if any. */
    @Override
    public void processEvent(ApplicationEvent event) {
        if (!(event instanceof PayloadApplicationEvent<?> published) || !supports(published.getPayload())) {
            return;
        }
        DurableDelivery delivery = (DurableDelivery) published.getPayload();
        Route route = routes.get(delivery.signal());
        if (route == null) {
            log.error("A recorded delivery of signal '{}' to the durable receiver {} was left incomplete: the receiver no longer"
                    + " receives that signal. Resubmit it once it does, or delete the publication.", delivery.signal(), name);
            registry.get().markFailed(delivery, id);
            return;
        }
        transaction.run(() -> route.deliver(delivery));
    }

    @Override
    public String toString() {
        return name;
    }

    /** The signal the receiver listens to, and the receiver's own signal that runs it at its phase point. */
    private record Route(Signal<?> signal, Signal<DurableDelivery> deliveries) {

        void deliver(DurableDelivery delivery) {
            // the receiver runs as any receiver of the signal it listens to: at that signal's transaction phases
            deliveries.useDeliveryScheduler(signal.deliveryScheduler());
            deliveries.useAsyncExecutor(signal.asyncExecutor());
            deliveries.sendRobust(sender(delivery), delivery);
        }

        private static Object sender(DurableDelivery delivery) {
            if (delivery.sender() != null) {
                try {
                    return Class.forName(delivery.sender(), false, Thread.currentThread().getContextClassLoader());
                }
                catch (ClassNotFoundException | LinkageError e) {
                    // a sender class gone since the send: the payload's class stands in, as for a signal from the broker
                }
            }
            return delivery.payload() == null ? null : delivery.payload().getClass();
        }
    }

    /** Calls the receiver and completes the publication once its transaction has committed; a failure leaves it incomplete. */
    private final class CompletingReceiver implements Receiver<DurableDelivery> {

        private final Receiver<Object> receiver;
        private final Class<?> payloadType;

        CompletingReceiver(Receiver<Object> receiver, Class<?> payloadType) {
            this.receiver = receiver;
            this.payloadType = payloadType;
        }

        @Override
        public Object receive(Object sender, DurableDelivery delivery) throws Exception {
            EventPublicationRegistry publications = registry.get();
            publications.markProcessing(delivery, id);
            boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive()
                    && TransactionSynchronizationManager.isActualTransactionActive();
            if (inTransaction) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_COMMITTED) {
                            publications.markCompleted(delivery, id);
                        }
                        else {
                            publications.markFailed(delivery, id);
                        }
                    }
                });
            }
            Object result;
            try {
                result = receiver.receive(sender, payloads.read(delivery.payload(), payloadType));
            }
            catch (Exception | Error e) {
                if (!inTransaction) {
                    publications.markFailed(delivery, id);
                }
                throw e;
            }
            if (!inTransaction) {
                publications.markCompleted(delivery, id);
            }
            return result;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
