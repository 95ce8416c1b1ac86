package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.ReceiverOptions;
import io.github.middlewaresignals.signal.SignalReceiver;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;

/**
 * Checks a {@code @SignalReceiver} method and works out what it connects to, one attribute at a
 * time: its signals (named in the annotation, or inferred from the payload parameter:
 * {@code PreSave<Article>} means {@code pre_save}), its senders, its dispatch uid, its phase and
 * async flag, its condition, whether it is durable. Every problem is a
 * {@link SignalReceiverDeclarationException} that names the method.
 */
final class ReceiverDeclarationResolver {

    private final SignalCatalog catalog;
    private final SenderFilterResolver senders;
    private final BeanFactory beanFactory;
    private final DurableDeliveries durableDeliveries;

    /**
     * @param beanFactory       resolves {@code @bean} references in conditions
     * @param durableDeliveries what durable receivers are delivered with, or null when the application has nothing to record them in
     */
    ReceiverDeclarationResolver(SignalCatalog catalog, ClassLoader classLoader, BeanFactory beanFactory,
                                DurableDeliveries durableDeliveries) {
        this.catalog = catalog;
        this.senders = new SenderFilterResolver(classLoader);
        this.beanFactory = beanFactory;
        this.durableDeliveries = durableDeliveries;
    }

    ReceiverDeclaration resolve(Class<?> beanClass, Method method, SignalReceiver annotation) {
        ReceiverMethod receiver = ReceiverMethod.of(beanClass, method);
        List<SignalCatalog.Entry> signals = signals(receiver, annotation.signal());
        List<Class<?>> senderClasses = senders.resolve(receiver, annotation.sender(), signals);
        ReceiverOptions options = ReceiverOptions.at(annotation.phase())
                .withDispatchUid(annotation.dispatchUid())
                .withAsync(async(receiver, annotation))
                .withCondition(SpelReceiverCondition.parse(receiver, annotation.condition(), beanFactory));
        return new ReceiverDeclaration(receiver, signals, senderClasses, options, durable(receiver, annotation, signals));
    }

    private static boolean async(ReceiverMethod receiver, SignalReceiver annotation) {
        if (annotation.async() && !annotation.phase().allowsAsync()) {
            throw new SignalReceiverDeclarationException(receiver.name(),
                    "is async with phase = " + annotation.phase() + ": it would run on another thread while the transaction that"
                            + " sent the signal is still open, and see data that is not committed (or never will be).",
                    "Use phase = Phase.AFTER_COMMIT (or AFTER_ROLLBACK, AFTER_COMPLETION) with async = true, or drop async = true.");
        }
        return annotation.async();
    }

    private boolean durable(ReceiverMethod receiver, SignalReceiver annotation, List<SignalCatalog.Entry> signals) {
        if (!annotation.durable()) {
            return false;
        }
        if (annotation.phase() != Phase.AFTER_COMMIT) {
            throw new SignalReceiverDeclarationException(receiver.name(),
                    "is durable with phase = " + annotation.phase() + "; a durable delivery is recorded in the sending transaction"
                            + " and runs once that transaction has committed.",
                    "Add phase = Phase.AFTER_COMMIT, or drop durable = true.");
        }
        for (SignalCatalog.Entry signal : signals) {
            if (signal.isModelSignal()) {
                throw new SignalReceiverDeclarationException(receiver.name(),
                        "is durable for the model signal '" + signal.name() + "', whose payload is a live entity that cannot be"
                                + " recorded and read back after a restart.",
                        "Send a custom signal that carries the entity's id from a post_save receiver, and make that signal's"
                                + " receiver durable (Django's Celery idiom: pass the id, not the object).");
            }
        }
        if (durableDeliveries == null) {
            throw new SignalReceiverDeclarationException(receiver.name(),
                    "is durable, but this application has nothing to record deliveries in: durable receivers use Spring Modulith's"
                            + " event publication registry.",
                    "Add org.springframework.modulith:spring-modulith-starter-jpa (or -jdbc) to the application's dependencies,"
                            + " or drop durable = true.");
        }
        for (SignalCatalog.Entry signal : signals) {
            durableDeliveries.checkPayload(receiver.name(), signal.signal(), signal.payloadType());
        }
        return true;
    }

    private List<SignalCatalog.Entry> signals(ReceiverMethod receiver, String[] names) {
        List<SignalCatalog.Entry> signals = names.length > 0 ? named(receiver, names) : List.of(inferred(receiver));
        for (SignalCatalog.Entry signal : signals) {
            if (signal.payloadType() != null && !receiver.payloadClass().isAssignableFrom(signal.payloadType())) {
                throw new SignalReceiverDeclarationException(receiver.name(),
                        "cannot receive signal '" + signal.name() + "': its parameter " + receiver.payloadParameter()
                                + " cannot take the signal's payload " + signal.payloadType().getName() + ".",
                        "Declare the payload parameter as " + signal.payloadType().getSimpleName()
                                + " or one of its supertypes (Object always fits), or receive a different signal.");
            }
        }
        return signals;
    }

    private List<SignalCatalog.Entry> named(ReceiverMethod receiver, String[] names) {
        List<SignalCatalog.Entry> signals = new ArrayList<>();
        for (String name : new LinkedHashSet<>(Arrays.asList(names))) {
            SignalCatalog.Entry signal = catalog.find(name);
            if (signal == null) {
                String hint = ModelSignalPayloads.isModelSignal(name)
                        ? " Model signals exist when Spring Data JPA with Hibernate is on the classpath (spring-boot-starter-data-jpa)."
                        : " A custom signal is a bean: @Bean Signal<Payload> mySignal() { return new Signal<>(\"" + name + "\"); }.";
                throw new SignalReceiverDeclarationException(receiver.name(),
                        "names the unknown signal '" + name + "'. Known signals: " + catalog.names() + ".",
                        "Use one of the known signal names (Signal.name(), not the bean name)." + hint);
            }
            signals.add(signal);
        }
        return signals;
    }

    private SignalCatalog.Entry inferred(ReceiverMethod receiver) {
        String modelSignal = ModelSignalPayloads.signalFor(receiver.payloadClass());
        if (modelSignal != null) {
            SignalCatalog.Entry signal = catalog.find(modelSignal);
            if (signal == null) {
                throw new SignalReceiverDeclarationException(receiver.name(),
                        "receives " + receiver.payloadParameter() + ", but there is no '" + modelSignal
                                + "' signal in this application. Known signals: " + catalog.names() + ".",
                        "Model signals exist when Spring Data JPA with Hibernate is on the classpath: add spring-boot-starter-data-jpa.");
            }
            return signal;
        }
        List<SignalCatalog.Entry> candidates = catalog.entries().stream()
                .filter(entry -> entry.payloadType() != null && receiver.payloadClass().isAssignableFrom(entry.payloadType()))
                .toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new SignalReceiverDeclarationException(receiver.name(),
                    "names no signal, and no Signal bean carries a payload that its parameter " + receiver.payloadParameter()
                            + " accepts. Known signals: " + catalog.names() + ".",
                    "Name the signal: @SignalReceiver(signal = \"...\"), or declare the parameter as the payload type P of a @Bean Signal<P>.");
        }
        String names = candidates.stream().map(SignalCatalog.Entry::name).collect(Collectors.joining("\", \""));
        throw new SignalReceiverDeclarationException(receiver.name(),
                "names no signal, and its parameter " + receiver.payloadParameter() + " fits several signals: [\"" + names + "\"].",
                "Name the signal(s) you mean: @SignalReceiver(signal = {\"" + names + "\"}) or a subset of them.");
    }
}
