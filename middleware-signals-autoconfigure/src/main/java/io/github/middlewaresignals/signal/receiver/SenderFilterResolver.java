package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.model.ModelEvent;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Works out the senders a {@code @SignalReceiver} method listens to: the classes named in
 * {@code sender}, or for model signals the entity of its {@code ModelEvent<T>} parameter; none means
 * any sender. Model signals are sent with the entity class as sender, matched exactly, so their
 * senders must be JPA entities.
 */
final class SenderFilterResolver {

    private static final String ENTITY_ANNOTATION = "jakarta.persistence.Entity";

    /** The JPA {@code @Entity} annotation, or null without JPA, where no sender can be checked. */
    private final Class<? extends Annotation> entityAnnotation;

    SenderFilterResolver(ClassLoader classLoader) {
        this.entityAnnotation = loadEntityAnnotation(classLoader);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> loadEntityAnnotation(ClassLoader classLoader) {
        if (!ClassUtils.isPresent(ENTITY_ANNOTATION, classLoader)) {
            return null;
        }
        return (Class<? extends Annotation>) ClassUtils.resolveClassName(ENTITY_ANNOTATION, classLoader);
    }

    /**
     * @param named   the classes named in the annotation's {@code sender}
     * @param signals the signals the method receives, already checked
     */
    List<Class<?>> resolve(ReceiverMethod receiver, Class<?>[] named, List<SignalCatalog.Entry> signals) {
        boolean modelSignalsOnly = signals.stream().allMatch(SignalCatalog.Entry::isModelSignal);
        Class<?> entityType = modelSignalsOnly ? entityTypeOf(receiver.payloadParameter()) : null;
        List<Class<?>> senders = named.length == 0
                ? inferred(receiver, entityType)
                : named(receiver, named, entityType, signals.stream().anyMatch(SignalCatalog.Entry::isModelSignal));
        if (receiver.takesSender()) {
            checkSenderParameter(receiver, !senders.isEmpty() || modelSignalsOnly);
        }
        return senders;
    }

    private List<Class<?>> inferred(ReceiverMethod receiver, Class<?> entityType) {
        if (entityType == null) {
            return List.of();
        }
        if (!isEntity(entityType)) {
            throw new SignalReceiverDeclarationException(receiver.name(),
                    "receives " + receiver.payloadParameter() + ", which makes " + entityType.getName() + " the sender, but "
                            + entityType.getSimpleName() + " is not a JPA @Entity. Model signals are sent from entity classes, matched exactly (never a subclass or interface).",
                    "List the entity classes you mean: @SignalReceiver(sender = {...}), or declare the parameter with a wildcard ("
                            + receiver.payloadClass().getSimpleName() + "<?>) to receive every entity.");
        }
        return List.of(entityType);
    }

    private List<Class<?>> named(ReceiverMethod receiver, Class<?>[] named, Class<?> entityType, boolean anyModelSignal) {
        Set<Class<?>> senders = new LinkedHashSet<>(Arrays.asList(named));
        for (Class<?> sender : senders) {
            if (anyModelSignal && !isEntity(sender)) {
                throw new SignalReceiverDeclarationException(receiver.name(),
                        "names the sender " + sender.getName() + " for a model signal, but " + sender.getSimpleName()
                                + " is not a JPA @Entity. Model signals are sent with the entity class as sender, matched exactly.",
                        "Use @Entity classes as senders (sender = Article.class), or leave sender out to receive every entity.");
            }
            if (entityType != null && !entityType.isAssignableFrom(sender)) {
                throw new SignalReceiverDeclarationException(receiver.name(),
                        "names the sender " + sender.getName() + ", but its parameter " + receiver.payloadParameter()
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

    /** @param sendersAreClasses whether every sender the method can get is a class */
    private static void checkSenderParameter(ReceiverMethod receiver, boolean sendersAreClasses) {
        Class<?> senderParameter = receiver.method().getParameterTypes()[0];
        if (senderParameter == Object.class || (sendersAreClasses && senderParameter.isAssignableFrom(Class.class))) {
            return;
        }
        throw new SignalReceiverDeclarationException(receiver.name(),
                "takes two parameters, so the first one receives the sender, but it is declared "
                        + senderParameter.getSimpleName() + ", which cannot hold every sender.",
                "Declare the first parameter as Object (or Class<?> when the senders are classes), or drop it and take only the payload.");
    }
}
