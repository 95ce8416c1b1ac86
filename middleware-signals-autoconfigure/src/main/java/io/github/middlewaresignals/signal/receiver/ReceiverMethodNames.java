package io.github.middlewaresignals.signal.receiver;

import java.lang.reflect.Method;
import org.springframework.util.ClassUtils;

/** The name a receiver method goes by in logs and errors: {@code com.example.Receivers#method}. */
final class ReceiverMethodNames {

    private ReceiverMethodNames() {
    }

    static String of(Class<?> beanClass, Method method) {
        return ClassUtils.getUserClass(beanClass).getName() + "#" + method.getName();
    }
}
