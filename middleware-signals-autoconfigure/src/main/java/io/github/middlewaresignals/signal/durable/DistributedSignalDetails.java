package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.actuate.SignalDetailsContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Actuator endpoint {@code signals} adds for signals that leave the JVM: the topic a signal is
 * published to ({@code externalizedTo}) or consumed from ({@code consumedFrom}), and for a durable
 * receiver ({@code durable: true}) its deliveries of that signal the registry holds incomplete now
 * ({@code incompleteDeliveries}). A durable receiver is listed under the name of the receiver that records
 * its deliveries during the send: {@code com.example.Receivers#invoice (recording)}.
 */
public final class DistributedSignalDetails implements SignalDetailsContributor {

    private final DistributedSignalsDescriptor descriptor;

    public DistributedSignalDetails(DistributedSignalsDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public Map<String, Object> signalDetails(Signal<?> signal) {
        Map<String, Object> details = new LinkedHashMap<>();
        String externalizedTo = descriptor.externalized().get(signal.name());
        if (externalizedTo != null) {
            details.put("externalizedTo", externalizedTo);
        }
        String consumedFrom = descriptor.consumed().get(signal.name());
        if (consumedFrom != null) {
            details.put("consumedFrom", consumedFrom);
        }
        return details;
    }

    @Override
    public Map<String, Object> receiverDetails(Signal<?> signal, ConnectedReceiver receiver) {
        DistributedSignalsDescriptor.DurableReceiver durable = descriptor.durableReceiver(receiver.receiver());
        if (durable == null) {
            return Map.of();
        }
        List<DistributedSignalsDescriptor.IncompleteDelivery> incomplete = durable.incomplete().stream()
                .filter(delivery -> delivery.signal().equals(signal.name())).toList();
        return Map.of("durable", true, "incompleteDeliveries", incomplete);
    }
}
