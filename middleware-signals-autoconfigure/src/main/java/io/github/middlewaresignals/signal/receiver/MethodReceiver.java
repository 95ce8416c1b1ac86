package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.signal.Receiver;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
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
     * @param bean        the object to call the method on: the bean as the context exposes it
     * @param method      the method, as declared on a class or interface of {@code bean}
     * @param takesSender whether the method takes (sender, payload) rather than (payload)
     * @param name        the name used in logs and errors
     */
    static MethodReceiver bind(Object bean, Method method, boolean takesSender, String name) throws IllegalAccessException {
        ReflectionUtils.makeAccessible(method);
        MethodHandle handle = MethodHandles.lookup().unreflect(method);
        if (!Modifier.isStatic(method.getModifiers())) {
            handle = handle.bindTo(bean);
        }
        if (!takesSender) {
            handle = MethodHandles.dropArguments(handle, 0, Object.class);
        }
        return new MethodReceiver(handle.asType(RECEIVER_TYPE), name);
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
