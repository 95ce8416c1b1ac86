package io.github.middlewaresignals.signal.durable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.util.TokenBuffer;

/**
 * One send of a signal to one durable receiver, as Spring Modulith's event publication registry
 * records it: the event published in the sending transaction, whose publication for the receiver's
 * listener is completed once the receiver has run.
 * <p>
 * Written with the payload as it is; read back (after a restart) with the payload kept as the exact
 * JSON tokens it was written as, until the receiver's listener reads it as the class the signal
 * declares: no number loses a digit on the way.
 *
 * @param receiver the durable receiver, as {@code com.example.Receivers#method}: its listener's id
 * @param signal   the signal's name
 * @param sender   the sender's class name when the sender was a class, else null
 * @param payload  the payload, or its JSON tokens ({@link TokenBuffer}) once read back
 */
public record DurableDelivery(String receiver, String signal, String sender, Object payload) {

    @JsonCreator
    static DurableDelivery read(@JsonProperty("receiver") String receiver, @JsonProperty("signal") String signal,
                                @JsonProperty("sender") String sender, @JsonProperty("payload") TokenBuffer payload) {
        return new DurableDelivery(receiver, signal, sender, payload);
    }
}
