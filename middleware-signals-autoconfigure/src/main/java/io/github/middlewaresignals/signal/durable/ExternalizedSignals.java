package io.github.middlewaresignals.signal.durable;

import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.receiver.RecordComponentAccessor;
import io.github.middlewaresignals.signal.receiver.SignalConfigurationException;
import io.github.middlewaresignals.signal.receiver.SignalPayloadTypes;
import io.github.middlewaresignals.signal.receiver.SignalReceiverRegistrar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * The signals {@code signals.externalize.*} sends to the broker. While the context runs, each such
 * signal has a receiver that records every send as an {@link ExternalizedSignal} in the sending
 * transaction; Spring Modulith's externalizer sends it to the signal's topic after the commit, keyed by
 * the signal's key expression, and completes the publication once the broker has it.
 */
public final class ExternalizedSignals implements SmartLifecycle {

    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    /** Where one signal goes: its topic and key expression. */
    public record Route(String target, String key) {
    }

    private record Connected(Signal<?> signal, RecordingReceiver receiver) {
    }

    private final Map<String, Route> routes;
    private final Map<String, Expression> keys = new LinkedHashMap<>();
    private final Supplier<SignalPayloadTypes> signals;
    private final ApplicationEventPublisher publisher;
    private final InTransaction transaction;
    private final JsonPayloads payloads;
    private final BooleanSupplier externalizerPresent;
    private final Map<String, Class<?>> payloadTypes = new LinkedHashMap<>();
    private List<Connected> connected;

    /**
     * @param routes              by signal name, where its sends go
     * @param signals             the context's signals, looked up at start
     * @param externalizerPresent whether Spring Modulith has an externalizer to a broker (e.g. spring-modulith-events-kafka)
     * @throws SignalConfigurationException when a key expression does not parse
     */
    public ExternalizedSignals(Map<String, Route> routes, Supplier<SignalPayloadTypes> signals, ApplicationEventPublisher publisher,
                               InTransaction transaction, JsonPayloads payloads, BooleanSupplier externalizerPresent) {
        this.routes = Map.copyOf(routes);
        this.signals = signals;
        this.publisher = publisher;
        this.transaction = transaction;
        this.payloads = payloads;
        this.externalizerPresent = externalizerPresent;
        routes.forEach((name, route) -> {
            if (route.key() != null) {
                try {
                    keys.put(name, PARSER.parseExpression(route.key()));
                }
                catch (ParseException e) {
                    throw new SignalConfigurationException("signals.externalize." + name + ".key is not a valid SpEL expression: \""
                            + route.key() + "\": " + e.getMessage(),
                            "Write an expression on the payload, e.g. signals.externalize." + name + ".key=orderId", e);
                }
            }
        });
    }

    /** @return by signal name, the topics and keys sends go to */
    public Map<String, Route> routes() {
        return routes;
    }

    /** @throws SignalConfigurationException when a configured signal does not exist, or nothing can send to a broker */
    @Override
    public synchronized void start() {
        if (connected != null) {
            return;
        }
        if (!routes.isEmpty() && !externalizerPresent.getAsBoolean()) {
            throw new SignalConfigurationException("signals.externalize is set for " + routes.keySet()
                    + ", but the application has no externalizer to send events to a broker.",
                    "Add org.springframework.modulith:spring-modulith-events-kafka (with spring-boot-starter-kafka), or remove"
                            + " signals.externalize.");
        }
        SignalPayloadTypes known = signals.get();
        List<Connected> made = new ArrayList<>();
        for (String name : routes.keySet()) {
            Signal<?> signal = known.signal(name);
            if (signal == null) {
                throw new SignalConfigurationException("signals.externalize names the unknown signal '" + name + "'. Known signals: "
                        + known.names() + ".", "Use a signal's name (Signal.name(), not the bean name) under signals.externalize.");
            }
            payloadTypes.put(name, known.payloadType(name));
            RecordingReceiver receiver = new RecordingReceiver("externalize " + name + " to " + routes.get(name).target(),
                    (sender, payload) -> new ExternalizedSignal(name, payload), publisher, transaction);
            made.add(new Connected(signal, receiver));
        }
        made.forEach(c -> c.signal().connect(c.receiver(), ReceiverOptions.DEFAULT));
        connected = made;
    }

    @Override
    public synchronized void stop() {
        for (Connected c : connected == null ? List.<Connected>of() : connected) {
            c.signal().disconnect(c.receiver());
        }
        connected = null;
    }

    @Override
    public boolean isRunning() {
        return connected != null;
    }

    @Override
    public int getPhase() {
        return SignalReceiverRegistrar.PHASE;
    }

    boolean supports(Object event) {
        return event instanceof ExternalizedSignal signal && routes.containsKey(signal.signal());
    }

    /** @return the message to send: the payload, read as the signal's class when it was read back from the registry */
    Object payload(ExternalizedSignal event) {
        Class<?> type = payloadTypes.get(event.signal());
        return type == null ? event.payload() : payloads.read(event.payload(), type);
    }

    /** @return the message key the signal's key expression gives for this send, or null when it has none */
    String key(ExternalizedSignal event) {
        Expression key = keys.get(event.signal());
        if (key == null) {
            return null;
        }
        Object payload = payload(event);
        StandardEvaluationContext context = new StandardEvaluationContext(payload);
        context.addPropertyAccessor(RecordComponentAccessor.INSTANCE);
        context.setVariable("payload", payload);
        Object value;
        try {
            value = key.getValue(context);
        }
        catch (EvaluationException e) {
            throw new IllegalStateException("signals.externalize." + event.signal() + ".key \"" + routes.get(event.signal()).key()
                    + "\" failed for a payload " + payload.getClass().getName() + ": " + e.getMessage(), e);
        }
        return value == null ? null : value.toString();
    }

    /** @return the topic the signal's sends go to */
    String target(ExternalizedSignal event) {
        return routes.get(event.signal()).target();
    }
}
