package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.Receiver;
import java.util.List;

/** Describes the durable receivers of one application context with their incomplete deliveries. */
public interface DurableReceiverDescriptions {

    /** @return the durable receivers by name, each with the deliveries the registry holds incomplete for it now */
    List<DistributedSignalsDescriptor.DurableReceiver> describe();

    /**
     * @param connected a receiver as a signal lists it ({@code ConnectedReceiver.receiver()})
     * @return the name of the durable receiver whose deliveries it records during a send, or null when it records none
     */
    String durableReceiverName(Receiver<?> connected);
}
