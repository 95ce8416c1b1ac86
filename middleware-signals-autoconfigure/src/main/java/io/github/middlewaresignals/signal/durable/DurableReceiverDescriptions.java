package io.github.middlewaresignals.signal.durable;

import java.util.List;

/** Describes the durable receivers of one application context with their incomplete deliveries. */
@FunctionalInterface
public interface DurableReceiverDescriptions {

    /** @return the durable receivers by name, each with the deliveries the registry holds incomplete for it now */
    List<DistributedSignalsDescriptor.DurableReceiver> describe();
}
