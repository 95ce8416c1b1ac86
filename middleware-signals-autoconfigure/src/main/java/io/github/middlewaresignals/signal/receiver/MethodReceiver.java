package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Receiver;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import org.springframework.aop.support.AopUtils;
import org.springframework.util.ReflectionUtils;

/**
 * A {@code @SignalReceiver} method as a {@link Receiver}: a method handle bound once to the bean
 * (its proxy, if it has one, so advice such as {@code @Transactional} applies), then called
 * without reflection.
 */
final class MethodReceiver implements Receiver<Object> {

    private static final MethodType RECEIVER_TYPE = MethodType.methodType(Object.class, Object.class, Object.class);

    private final MethodHandle handle;
    private final String name;

    private MethodReceiver(MethodHandle handle, String name) {
        this.handle = handle;
        this.name = name;
    }

    /**
     * Binds a receiver method to its bean as the context exposes it (its proxy, if it has one).
     *
     * @throws SignalReceiverDeclarationException when the proxy cannot call the method, or would skip its advice
     */
    static MethodReceiver bind(Object bean, ReceiverMethod receiver) {
        Method invocable;
        try {
            invocable = AopUtils.selectInvocableMethod(receiver.method(), bean.getClass());
        } catch (IllegalStateException e) {
            throw new SignalReceiverDeclarationException(receiver.name(), "cannot be called through the bean's proxy: " + e.getMessage(),
                    "Make the method non-private (package-private is fine), or declare it on an interface the bean implements.", e);
        }
        if (AopUtils.isCglibProxy(bean) && Modifier.isFinal(invocable.getModifiers()) && !Modifier.isStatic(invocable.getModifiers())) {
            throw new SignalReceiverDeclarationException(receiver.name(),
                    "is final, so the bean's proxy cannot intercept it: advice such as @Transactional would be skipped.",
                    "Remove the final modifier from the method.");
        }
        try {
            return new MethodReceiver(handle(bean, invocable, receiver.takesSender()), receiver.name());
        } catch (IllegalAccessException | RuntimeException e) {
            throw new SignalReceiverDeclarationException(receiver.name(), "cannot be called: " + e.getMessage(),
                    "Make the method accessible, e.g. open its package to the middleware-signals module.", e);
        }
    }

    /** A handle taking (sender, payload) whatever the method's form, bound once so a call needs no reflection. */
    private static MethodHandle handle(Object bean, Method method, boolean takesSender) throws IllegalAccessException {
        ReflectionUtils.makeAccessible(method);
        MethodHandle handle = MethodHandles.lookup().unreflect(method);
        if (!Modifier.isStatic(method.getModifiers())) {
            handle = handle.bindTo(bean);
        }
        if (!takesSender) {
            handle = MethodHandles.dropArguments(handle, 0, Object.class);
        }
        return handle.asType(RECEIVER_TYPE);
    }

    @Override
    public Object receive(Object sender, Object payload) throws Exception {
        try {
            return (Object) handle.invokeExact(sender, payload);
        } catch (UndeclaredThrowableException e) {
            // a proxy wraps a checked exception the method did not declare: the send gets the original
            if (e.getUndeclaredThrowable() instanceof Exception original) {
                throw original;
            }
            throw e;
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
