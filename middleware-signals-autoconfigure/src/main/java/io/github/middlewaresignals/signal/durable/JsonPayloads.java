package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.receiver.SignalReceiverDeclarationException;
import java.lang.annotation.Annotation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads and writes signal payloads as JSON with the application's Jackson mapper: what a payload must
 * survive to be recorded in the database or sent through a broker.
 */
public final class JsonPayloads {

    private final JsonMapper mapper;

    public JsonPayloads(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Checks, as far as it can be known without an instance, that Jackson can build payloads of this class
     * from JSON and write them again: a value class (a record of ids, amounts, strings) passes, an interface,
     * an entity or a class without a constructor Jackson can call does not.
     *
     * @throws SignalReceiverDeclarationException naming the receiver when it cannot
     */
    public void check(String receiverName, String signalName, Class<?> payloadType) {
        if (payloadType == null || payloadType == Object.class) {
            throw unreadable(receiverName, signalName, payloadType,
                    "its bean does not declare a payload class to read recorded payloads back as",
                    "Declare the signal bean with its payload type, e.g. @Bean Signal<OrderCompleted> orderCompleted().");
        }
        if (isEntity(payloadType)) {
            throw unreadable(receiverName, signalName, payloadType,
                    "its payload is a JPA entity, a live object that cannot be recorded and read back after a restart",
                    "Send a payload that carries the entity's id (a record of values), and load the entity in the receiver.");
        }
        if (payloadType.isInterface() || java.lang.reflect.Modifier.isAbstract(payloadType.getModifiers())) {
            throw unreadable(receiverName, signalName, payloadType,
                    "its payload class is abstract, so Jackson cannot tell which class to build when reading it back",
                    "Declare the signal with a concrete payload class, e.g. a record of ids, amounts and strings.");
        }
        try {
            Object empty = mapper.readValue("{}", payloadType);
            mapper.readValue(mapper.writeValueAsString(empty), payloadType);
        }
        catch (InvalidDefinitionException e) {
            throw unreadable(receiverName, signalName, payloadType, "Jackson cannot write and read back its payload: "
                    + e.getOriginalMessage(), "Use a payload Jackson can round-trip: a record (or a class with a constructor"
                    + " Jackson can call) of ids, amounts and strings.");
        }
        catch (JacksonException e) {
            // an empty object is not a valid payload (a required field, a check in the constructor): the class itself is fine
        }
    }

    /**
     * @param payload a payload as sent, or the JSON tokens it was recorded as
     * @return the payload as the given class
     * @throws JacksonException when the tokens cannot be read as that class
     */
    public Object read(Object payload, Class<?> payloadType) {
        if (payload instanceof TokenBuffer tokens) {
            return mapper.readValue(tokens.asParser(), payloadType);
        }
        return payload;
    }

    /** @throws JacksonException when the bytes are not JSON of that class */
    public Object read(byte[] json, Class<?> payloadType) {
        return mapper.readValue(json, payloadType);
    }

    private static boolean isEntity(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals("jakarta.persistence.Entity")) {
                return true;
            }
        }
        return false;
    }

    private static SignalReceiverDeclarationException unreadable(String receiverName, String signalName, Class<?> payloadType,
                                                                  String problem, String action) {
        return new SignalReceiverDeclarationException(receiverName, "is durable for signal '" + signalName + "' (payload "
                + (payloadType == null ? "unknown" : payloadType.getName()) + "), but " + problem + ".", action);
    }
}
