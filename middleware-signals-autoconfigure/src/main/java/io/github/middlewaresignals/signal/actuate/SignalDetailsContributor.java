package io.github.middlewaresignals.signal.actuate;

import io.github.middlewaresignals.signal.ConnectedReceiver;
import io.github.middlewaresignals.signal.Signal;
import java.util.Map;

/**
 * Adds facts of its own to what the signals endpoint reports about a signal or one of its receivers,
 * under the key {@code details}: e.g. the topic a signal is published to, or a durable receiver's
 * incomplete deliveries. Every bean of this type contributes; an empty map adds nothing.
 */
public interface SignalDetailsContributor {

    /** @return facts about the signal, by name; read on each call of the endpoint */
    default Map<String, Object> signalDetails(Signal<?> signal) {
        return Map.of();
    }

    /** @return facts about one receiver of the signal, by name; read on each call of the endpoint */
    default Map<String, Object> receiverDetails(Signal<?> signal, ConnectedReceiver receiver) {
        return Map.of();
    }
}
