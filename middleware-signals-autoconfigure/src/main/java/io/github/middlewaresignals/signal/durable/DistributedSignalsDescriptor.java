package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.Receiver;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What an operator wants to see of the signals that leave the JVM: the durable receivers with the
 * deliveries they have not completed, and the signals sent to and consumed from the broker with their
 * topics. The starter always defines one (empty when nothing leaves the JVM); the actuator's
 * {@code signals} endpoint shows it. Plain values, ready to be written as JSON.
 */
public final class DistributedSignalsDescriptor {

    /**
     * @param name       the receiver, as {@code com.example.Receivers#method}: its target in the registry
     * @param signals    the names of the signals it receives
     * @param incomplete its deliveries not completed yet
     */
    public record DurableReceiver(String name, List<String> signals, List<IncompleteDelivery> incomplete) {
    }

    /**
     * @param id          the publication's id in Spring Modulith's registry
     * @param signal      the name of the signal that was sent
     * @param publishedAt when the send was recorded
     * @param status      the publication's status: PUBLISHED, PROCESSING, FAILED or RESUBMITTED
     * @param attempts    how many times it was tried
     */
    public record IncompleteDelivery(UUID id, String signal, Instant publishedAt, String status, int attempts) {
    }

    private final Supplier<DurableReceiverDescriptions> durableReceivers;
    private final Map<String, String> externalized;
    private final Map<String, String> consumed;

    /**
     * @param durableReceivers gives what reads the durable receivers and their incomplete deliveries, or null when the
     *                         application has none
     * @param externalized     by signal name, the topic its sends go to
     * @param consumed         by signal name, the topic it is consumed from
     */
    public DistributedSignalsDescriptor(Supplier<DurableReceiverDescriptions> durableReceivers, Map<String, String> externalized,
                                        Map<String, String> consumed) {
        this.durableReceivers = durableReceivers;
        this.externalized = Map.copyOf(externalized);
        this.consumed = Map.copyOf(consumed);
    }

    /** @return the durable receivers, by name, each with its incomplete deliveries as the registry has them now */
    public List<DurableReceiver> durableReceivers() {
        DurableReceiverDescriptions descriptions = durableReceivers.get();
        return descriptions == null ? List.of() : descriptions.describe();
    }

    /**
     * Tells which durable receiver a receiver connected to a signal stands for: a durable receiver is connected
     * as the receiver that records its deliveries during the send, and runs later.
     *
     * @param connected a receiver as a signal lists it ({@code ConnectedReceiver.receiver()})
     * @return the durable receiver with its incomplete deliveries as the registry has them now, or null when the
     *         connected receiver is no durable receiver's
     */
    public DurableReceiver durableReceiver(Receiver<?> connected) {
        DurableReceiverDescriptions descriptions = durableReceivers.get();
        String name = descriptions == null ? null : descriptions.durableReceiverName(connected);
        if (name == null) {
            return null;
        }
        return descriptions.describe().stream().filter(receiver -> receiver.name().equals(name)).findFirst().orElse(null);
    }

    /** @return by signal name, the topic every send of it is published to */
    public Map<String, String> externalized() {
        return externalized;
    }

    /** @return by signal name, the topic this application consumes it from */
    public Map<String, String> consumed() {
        return consumed;
    }
}
