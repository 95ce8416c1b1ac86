package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.ModelEvent;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Checks a {@code @SignalReceiver} method and works out its signals and senders: named in the
 * annotation, or inferred from the payload parameter ({@code PreSave<Article>} means
 * {@code pre_save} from {@code Article}).
 */
final class ReceiverDeclarationResolver {

    private static final String ENTITY_ANNOTATION = "jakarta.persistence.Entity";

    private final SignalCatalog catalog;
    private final Class<? extends Annotation> entityAnnotation;

    ReceiverDeclarationResolver(SignalCatalog catalog, ClassLoader classLoader) {
        this.catalog = catalog;
        this.entityAnnotation = loadEntityAnnotation(classLoader);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> loadEntityAnnotation(ClassLoader classLoader) {
        if (!ClassUtils.isPresent(ENTITY_ANNOTATION, classLoader)) {
            return null;
        }
        return (Class<? extends Annotation>) ClassUtils.resolveClassName(ENTITY_ANNOTATION, classLoader);
    }

    ReceiverDeclaration resolve(Class<?> beanClass, Method method, SignalReceiver annotation) {
        String where = ReceiverMethodNames.of(beanClass, method);
        int parameters = method.getParameterCount();
        if (parameters == 0 || parameters > 2) {
            throw new SignalReceiverDeclarationException(where,
                    "takes " + parameters + " parameters; a receiver takes the payload, or (Object sender, payload).",
                    "Declare the method as " + method.getName() + "(Payload payload) or " + method.getName() + "(Object sender, Payload payload).");
        }
        ResolvableType payloadParameter = ResolvableType.forMethodParameter(method, parameters - 1, beanClass);
        Class<?> payloadClass = ClassUtils.resolvePrimitiveIfNecessary(payloadParameter.toClass());

        List<SignalCatalog.Entry> signals = annotation.signal().length > 0
                ? named(where, annotation.signal())
                : List.of(inferred(where, payloadParameter, payloadClass));
        for (SignalCatalog.Entry signal : signals) {
            if (signal.payloadType() != null && !payloadClass.isAssignableFrom(signal.payloadType())) {
                throw new SignalReceiverDeclarationException(where,
                        "cannot receive signal '" + signal.name() + "': its parameter " + payloadParameter
                                + " cannot take the signal's payload " + signal.payloadType().getName() + ".",
                        "Declare the payload parameter as " + signal.payloadType().getSimpleName()
                                + " or one of its supertypes (Object always fits), or receive a different signal.");
            }
        }
        boolean modelSignalsOnly = signals.stream().allMatch(SignalCatalog.Entry::isModelSignal);
        List<Class<?>> senders = senders(where, annotation, signals, payloadParameter, modelSignalsOnly);
        if (parameters == 2) {
            checkSenderParameter(where, method, senders, modelSignalsOnly);
        }
        String dispatchUid = annotation.dispatchUid().isEmpty() ? null : annotation.dispatchUid();
        return new ReceiverDeclaration(signals, senders, dispatchUid, parameters == 2);
    }

    private List<SignalCatalog.Entry> named(String where, String[] names) {
        List<SignalCatalog.Entry> signals = new ArrayList<>();
        for (String name : new LinkedHashSet<>(Arrays.asList(names))) {
            SignalCatalog.Entry signal = catalog.find(name);
            if (signal == null) {
                String hint = ModelSignalPayloads.isModelSignal(name)
                        ? " Model signals exist when Spring Data JPA with Hibernate is on the classpath (spring-boot-starter-data-jpa)."
                        : " A custom signal is a bean: @Bean Signal<Payload> mySignal() { return new Signal<>(\"" + name + "\"); }.";
                throw new SignalReceiverDeclarationException(where,
                        "names the unknown signal '" + name + "'. Known signals: " + catalog.names() + ".",
                        "Use one of the known signal names (Signal.name(), not the bean name)." + hint);
            }
            signals.add(signal);
        }
        return signals;
    }

    private SignalCatalog.Entry inferred(String where, ResolvableType payloadParameter, Class<?> payloadClass) {
        String modelSignal = ModelSignalPayloads.signalFor(payloadClass);
        if (modelSignal != null) {
            SignalCatalog.Entry signal = catalog.find(modelSignal);
            if (signal == null) {
                throw new SignalReceiverDeclarationException(where,
                        "receives " + payloadParameter + ", but there is no '" + modelSignal + "' signal in this application. Known signals: "
                                + catalog.names() + ".",
                        "Model signals exist when Spring Data JPA with Hibernate is on the classpath: add spring-boot-starter-data-jpa.");
            }
            return signal;
        }
        List<SignalCatalog.Entry> candidates = catalog.entries().stream()
                .filter(entry -> entry.payloadType() != null && payloadClass.isAssignableFrom(entry.payloadType()))
                .toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new SignalReceiverDeclarationException(where,
                    "names no signal, and no Signal bean carries a payload that its parameter " + payloadParameter
                            + " accepts. Known signals: " + catalog.names() + ".",
                    "Name the signal: @SignalReceiver(signal = \"...\"), or declare the parameter as the payload type P of a @Bean Signal<P>.");
        }
        String names = candidates.stream().map(SignalCatalog.Entry::name).collect(Collectors.joining("\", \""));
        throw new SignalReceiverDeclarationException(where,
                "names no signal, and its parameter " + payloadParameter + " fits several signals: [\"" + names + "\"].",
                "Name the signal(s) you mean: @SignalReceiver(signal = {\"" + names + "\"}) or a subset of them.");
    }

    private List<Class<?>> senders(String where, SignalReceiver annotation, List<SignalCatalog.Entry> signals,
                                   ResolvableType payloadParameter, boolean modelSignalsOnly) {
        Class<?> entityType = modelSignalsOnly ? entityTypeOf(payloadParameter) : null;
        if (annotation.sender().length == 0) {
            if (entityType == null) {
                return List.of();
            }
            if (!isEntity(entityType)) {
                throw new SignalReceiverDeclarationException(where,
                        "receives " + payloadParameter + ", which makes " + entityType.getName() + " the sender, but "
                                + entityType.getSimpleName() + " is not a JPA @Entity. Model signals are sent from entity classes, matched exactly (never a subclass or interface).",
                        "List the entity classes you mean: @SignalReceiver(sender = {...}), or declare the parameter with a wildcard ("
                                + payloadParameter.toClass().getSimpleName() + "<?>) to receive every entity.");
            }
            return List.of(entityType);
        }
        Set<Class<?>> senders = new LinkedHashSet<>(Arrays.asList(annotation.sender()));
        boolean anyModelSignal = signals.stream().anyMatch(SignalCatalog.Entry::isModelSignal);
        for (Class<?> sender : senders) {
            if (anyModelSignal && !isEntity(sender)) {
                throw new SignalReceiverDeclarationException(where,
                        "names the sender " + sender.getName() + " for a model signal, but " + sender.getSimpleName()
                                + " is not a JPA @Entity. Model signals are sent with the entity class as sender, matched exactly.",
                        "Use @Entity classes as senders (sender = Article.class), or leave sender out to receive every entity.");
            }
            if (entityType != null && !entityType.isAssignableFrom(sender)) {
                throw new SignalReceiverDeclarationException(where,
                        "names the sender " + sender.getName() + ", but its parameter " + payloadParameter
                                + " only takes events of " + entityType.getName() + ".",
                        "Make the parameter's type argument fit every sender (e.g. ModelEvent<?>), or remove "
                                + sender.getSimpleName() + " from sender.");
            }
        }
        return List.copyOf(senders);
    }

    /** @return T of a {@code ModelEvent<T>} parameter when it names a class, else null (any entity) */
    private static Class<?> entityTypeOf(ResolvableType payloadParameter) {
        if (!ModelEvent.class.isAssignableFrom(payloadParameter.toClass())) {
            return null;
        }
        Class<?> entityType = payloadParameter.as(ModelEvent.class).getGeneric(0).resolve();
        return entityType == null || entityType == Object.class ? null : entityType;
    }

    private boolean isEntity(Class<?> type) {
        return entityAnnotation == null || type.isAnnotationPresent(entityAnnotation);
    }

    private static void checkSenderParameter(String where, Method method, List<Class<?>> senders, boolean modelSignalsOnly) {
        Class<?> senderParameter = method.getParameterTypes()[0];
        boolean sendersAreClasses = !senders.isEmpty() || modelSignalsOnly;
        if (senderParameter == Object.class || (sendersAreClasses && senderParameter.isAssignableFrom(Class.class))) {
            return;
        }
        throw new SignalReceiverDeclarationException(where,
                "takes two parameters, so the first one receives the sender, but it is declared "
                        + senderParameter.getSimpleName() + ", which cannot hold every sender.",
                "Declare the first parameter as Object (or Class<?> when the senders are classes), or drop it and take only the payload.");
    }
}
