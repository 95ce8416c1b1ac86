package io.github.middlewaresignals.signal.actuate;

import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * Actuator endpoint {@code signals}: every signal of the application by name, with its receivers as
 * they are connected now (how, how often each ran and failed), how many sends some receiver heard,
 * and the latest receiver failures. {@code signals/{name}} shows one signal with its own latest
 * failures; an unknown name answers 404.
 */
@Endpoint(id = "signals")
public class SignalsEndpoint {

    private final SignalRegistry registry;
    private final SignalCounts counts;
    private final List<SignalDetailsContributor> contributors;

    /**
     * @param registry     the signals to report
     * @param counts       the counts of their sends, runs and failures
     * @param contributors add facts of their own to signals and receivers
     */
    public SignalsEndpoint(SignalRegistry registry, SignalCounts counts, List<SignalDetailsContributor> contributors) {
        this.registry = registry;
        this.counts = counts;
        this.contributors = List.copyOf(contributors);
    }

    @ReadOperation
    public SignalsDescriptor signals() {
        Map<String, SignalDescriptor> signals = new LinkedHashMap<>();
        registry.signals().forEach((name, signal) -> signals.put(name, describe(signal, null)));
        return new SignalsDescriptor(signals, counts.recentFailures());
    }

    /** @return the signal with this name, or {@code null} (404) when there is none */
    @ReadOperation
    public SignalDescriptor signal(@Selector String name) {
        return registry.find(name).map(signal -> describe(signal, counts.recentFailures().stream()
                .filter(failure -> failure.signal().equals(name)).toList())).orElse(null);
    }

    private SignalDescriptor describe(Signal<?> signal, List<ReceiverFailure> recentFailures) {
        List<ReceiverDescriptor> receivers = new ArrayList<>();
        for (ConnectedReceiver receiver : signal.receivers()) {
            SignalCounts.ReceiverCount count = counts.count(signal.name(), receiver);
            receivers.add(new ReceiverDescriptor(ReceiverNames.of(receiver.receiver()), ReceiverNames.sender(receiver.sender()),
                    receiver.dispatchUid(), receiver.phase(), receiver.async(),
                    receiver.condition() == null ? null : receiver.condition().toString(),
                    count.runs(), count.failures(), details(contributor -> contributor.receiverDetails(signal, receiver))));
        }
        return new SignalDescriptor(counts.sends(signal.name()), receivers, recentFailures,
                details(contributor -> contributor.signalDetails(signal)));
    }

    private Map<String, Object> details(Function<SignalDetailsContributor, Map<String, Object>> contribution) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (SignalDetailsContributor contributor : contributors) {
            details.putAll(contribution.apply(contributor));
        }
        return details.isEmpty() ? null : details;
    }

    /**
     * Every signal, and the latest failures of all of them.
     *
     * @param signals        by name, sorted
     * @param recentFailures newest first
     */
    public record SignalsDescriptor(Map<String, SignalDescriptor> signals, List<ReceiverFailure> recentFailures)
            implements OperationResponseBody {
    }

    /**
     * One signal.
     *
     * @param sends          how many of its sends some receiver heard
     * @param receivers      its receivers in connection order
     * @param recentFailures its latest failures, newest first; only when one signal is asked for
     * @param details        what contributors add, or {@code null}
     */
    public record SignalDescriptor(long sends, List<ReceiverDescriptor> receivers, List<ReceiverFailure> recentFailures,
                                   Map<String, Object> details) implements OperationResponseBody {
    }

    /**
     * One receiver of a signal.
     *
     * @param name        its readable name ({@link ReceiverNames#of})
     * @param sender      the sender it is connected for, or {@code null} for any sender
     * @param dispatchUid its dispatch uid, or {@code null}
     * @param phase       when it runs relative to the sending transaction
     * @param async       whether it runs on the async executor
     * @param condition   its condition, or {@code null}
     * @param runs        how many times it ran
     * @param failures    how many of those runs failed
     * @param details     what contributors add, or {@code null}
     */
    public record ReceiverDescriptor(String name, String sender, String dispatchUid, Phase phase, boolean async,
                                     String condition, long runs, long failures, Map<String, Object> details) {
    }
}
