package io.github.middlewaresignals.signal.receiver;

import java.lang.reflect.Method;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * A {@code @SignalReceiver} method of a bean class, with the parameters a receiver may take: the
 * payload, or {@code (Object sender, payload)}.
 *
 * @param beanClass        the bean's class (not its proxy's), against which generic parameters resolve
 * @param method           the annotated method
 * @param name             the name it goes by in logs and errors: {@code com.example.Receivers#method}
 * @param payloadParameter the payload parameter's full generic type, e.g. {@code PreSave<Article>}
 * @param payloadClass     the payload parameter's class, primitives boxed
 */
record ReceiverMethod(Class<?> beanClass, Method method, String name, ResolvableType payloadParameter, Class<?> payloadClass) {

    /** @throws SignalReceiverDeclarationException when the method takes neither form */
    static ReceiverMethod of(Class<?> beanClass, Method method) {
        String name = nameOf(beanClass, method);
        int parameters = method.getParameterCount();
        if (parameters == 0 || parameters > 2) {
            throw new SignalReceiverDeclarationException(name,
                    "takes " + parameters + " parameters; a receiver takes the payload, or (Object sender, payload).",
                    "Declare the method as " + method.getName() + "(Payload payload) or " + method.getName() + "(Object sender, Payload payload).");
        }
        ResolvableType payloadParameter = ResolvableType.forMethodParameter(method, parameters - 1, beanClass);
        return new ReceiverMethod(beanClass, method, name, payloadParameter, ClassUtils.resolvePrimitiveIfNecessary(payloadParameter.toClass()));
    }

    static String nameOf(Class<?> beanClass, Method method) {
        return ClassUtils.getUserClass(beanClass).getName() + "#" + method.getName();
    }

    /** @return whether the method takes {@code (sender, payload)} rather than {@code (payload)} */
    boolean takesSender() {
        return method.getParameterCount() == 2;
    }
}
