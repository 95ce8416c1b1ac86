package io.github.middlewaresignals.signal.durable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.util.TokenBuffer;

/**
 * One send of a signal bound for the broker, as Spring Modulith's event publication registry records it
 * for its externalizer: published in the sending transaction, sent to the broker after the commit.
 * Read back like {@link DurableDelivery}: the payload as exact JSON tokens until it is read as the class
 * the signal declares.
 *
 * @param signal  the signal's name
 * @param payload the payload, or its JSON tokens ({@link TokenBuffer}) once read back
 */
public record ExternalizedSignal(String signal, Object payload) {

    @JsonCreator
    static ExternalizedSignal read(@JsonProperty("signal") String signal, @JsonProperty("payload") TokenBuffer payload) {
        return new ExternalizedSignal(signal, payload);
    }
}
