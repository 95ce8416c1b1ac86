package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.receiver.SignalReceiverRegistrar;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Runs again, once the receivers are connected, the deliveries of signals that an earlier run of the
 * application recorded and never completed: to durable receivers and to the broker. Spring Modulith's
 * own republication on restart comes too early for them, before any receiver is connected.
 */
public final class IncompleteDeliveriesResubmitter implements SmartLifecycle {

    /** Just after the receivers are connected, before the web server and the broker's consumers start. */
    public static final int PHASE = SignalReceiverRegistrar.PHASE + 2;

    private static final Logger log = LoggerFactory.getLogger(IncompleteDeliveriesResubmitter.class);

    private final IncompleteEventPublications publications;
    private volatile boolean running;
    private boolean done;

    public IncompleteDeliveriesResubmitter(IncompleteEventPublications publications) {
        this.publications = publications;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (done) {
            return;
        }
        done = true;
        AtomicInteger resubmitted = new AtomicInteger();
        publications.resubmitIncompletePublications(publication -> isSignalDelivery(publication) && resubmitted.incrementAndGet() > 0);
        log.info("Resubmitted {} incomplete {} of durable and externalized signals (signals.durable.republish-on-restart=true)",
                resubmitted.get(), resubmitted.get() == 1 ? "delivery" : "deliveries");
    }

    private static boolean isSignalDelivery(EventPublication publication) {
        try {
            Object event = publication.getEvent();
            return event instanceof DurableDelivery || event instanceof ExternalizedSignal;
        }
        catch (RuntimeException e) {
            // an event of the application's own that cannot be read back is not ours to resubmit
            return false;
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
