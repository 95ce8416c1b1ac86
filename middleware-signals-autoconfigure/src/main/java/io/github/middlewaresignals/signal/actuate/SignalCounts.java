package io.github.middlewaresignals.signal.actuate;

import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.github.middlewaresignals.signal.SignalRegistry;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts, for the signals it watches, their sends and each receiver's runs and failures, also of
 * receivers that run later than the send (at their transaction phase, on the async executor), and
 * keeps the latest failures. What the signals endpoint reports.
 * <p>
 * A send costs two lookups in concurrent maps and an uncontended addition per receiver; only a
 * failure takes a lock. Sends that no receiver hears are not counted. Counts of a receiver that was
 * disconnected are forgotten the next time a receiver of the same signal is counted for the first
 * time, so connecting and disconnecting receivers by hand does not grow the counts without bound.
 */
public final class SignalCounts implements SignalMonitor {

    /** How many of the latest failures are kept. */
    public static final int RECENT_FAILURES = 50;

    private final SignalRegistry registry;
    private final Clock clock;
    private final ConcurrentHashMap<String, SignalTally> signals = new ConcurrentHashMap<>();
    private final ArrayDeque<ReceiverFailure> recentFailures = new ArrayDeque<>(RECENT_FAILURES);

    /**
     * @param registry where the signals' current receivers are found, to forget disconnected ones
     * @param clock    the time failures are stamped with
     */
    public SignalCounts(SignalRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
        tally(signal).sends.increment();
        return null;
    }

    @Override
    public void receiverFinished(String signal, ConnectedReceiver receiver, Object sender, Object payload, Throwable failure) {
        ReceiverTally tally = tally(signal).receiver(receiver, signal, registry);
        tally.runs.increment();
        if (failure != null) {
            tally.failures.increment();
            remember(new ReceiverFailure(clock.instant(), signal, ReceiverNames.of(receiver.receiver()),
                    ReceiverNames.sender(sender), failure.getClass().getName(), failure.getMessage()));
        }
    }

    /** @return how many sends of this signal some receiver heard */
    public long sends(String signal) {
        SignalTally tally = signals.get(signal);
        return tally == null ? 0 : tally.sends.sum();
    }

    /** @return how many times this receiver ran for the signal, and how many of those runs failed */
    public ReceiverCount count(String signal, ConnectedReceiver receiver) {
        SignalTally signalTally = signals.get(signal);
        ReceiverTally tally = signalTally == null ? null : signalTally.receivers.get(receiver);
        return tally == null ? ReceiverCount.NONE : new ReceiverCount(tally.runs.sum(), tally.failures.sum());
    }

    /** @return the latest failures of every signal watched, newest first, at most {@link #RECENT_FAILURES} */
    public List<ReceiverFailure> recentFailures() {
        synchronized (recentFailures) {
            List<ReceiverFailure> newestFirst = new ArrayList<>(recentFailures);
            Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    private void remember(ReceiverFailure failure) {
        synchronized (recentFailures) {
            if (recentFailures.size() == RECENT_FAILURES) {
                recentFailures.removeFirst();
            }
            recentFailures.addLast(failure);
        }
    }

    private SignalTally tally(String signal) {
        SignalTally tally = signals.get(signal);
        return tally != null ? tally : signals.computeIfAbsent(signal, name -> new SignalTally());
    }

    /**
     * How often one receiver ran and failed.
     *
     * @param runs     every run, failed or not
     * @param failures the runs that threw (or whose condition threw)
     */
    public record ReceiverCount(long runs, long failures) {

        static final ReceiverCount NONE = new ReceiverCount(0, 0);
    }

    private static final class SignalTally {

        final LongAdder sends = new LongAdder();
        final ConcurrentHashMap<ConnectedReceiver, ReceiverTally> receivers = new ConcurrentHashMap<>();

        ReceiverTally receiver(ConnectedReceiver receiver, String signal, SignalRegistry registry) {
            ReceiverTally tally = receivers.get(receiver);
            if (tally != null) {
                return tally;
            }
            tally = receivers.computeIfAbsent(receiver, key -> new ReceiverTally());
            forgetDisconnected(receiver, signal, registry);
            return tally;
        }

        private void forgetDisconnected(ConnectedReceiver counted, String signal, SignalRegistry registry) {
            registry.find(signal).ifPresent(found -> {
                Set<ConnectedReceiver> connected = Collections.newSetFromMap(new IdentityHashMap<>());
                connected.addAll(found.receivers());
                receivers.keySet().removeIf(receiver -> receiver != counted && !connected.contains(receiver));
            });
        }
    }

    private static final class ReceiverTally {

        final LongAdder runs = new LongAdder();
        final LongAdder failures = new LongAdder();
    }
}
