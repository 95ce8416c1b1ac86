package io.github.middlewaresignals.middleware.actuate;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Which of the chain's hooks a middleware class implements: those it declares itself rather than
 * inheriting the interfaces' empty defaults. A JDK proxy is taken to implement every hook of its
 * interfaces, since what it forwards to cannot be seen.
 */
final class ImplementedHooks {

    private static final List<Hook> HOOKS = List.of(
            new Hook(HandlerInterceptor.class, "preHandle", HttpServletRequest.class, HttpServletResponse.class, Object.class),
            new Hook(Middleware.class, "processResponse", HttpServletRequest.class, HttpServletResponse.class, Object.class),
            new Hook(Middleware.class, "processException", HttpServletRequest.class, HttpServletResponse.class, Object.class,
                    Exception.class),
            new Hook(HandlerInterceptor.class, "postHandle", HttpServletRequest.class, HttpServletResponse.class, Object.class,
                    ModelAndView.class),
            new Hook(HandlerInterceptor.class, "afterCompletion", HttpServletRequest.class, HttpServletResponse.class,
                    Object.class, Exception.class),
            new Hook(AsyncHandlerInterceptor.class, "afterConcurrentHandlingStarted", HttpServletRequest.class,
                    HttpServletResponse.class, Object.class));

    /** The interfaces whose empty default methods do not count as implementing a hook. */
    private static final Set<Class<?>> DEFAULTS = Set.of(HandlerInterceptor.class, AsyncHandlerInterceptor.class, Middleware.class);

    private ImplementedHooks() {
    }

    /** @return the hooks the class implements, in the order a request meets them; empty for an unknown class */
    static List<String> of(Class<?> type) {
        List<String> implemented = new ArrayList<>();
        if (type == null) {
            return implemented;
        }
        for (Hook hook : HOOKS) {
            if (hook.declaredBy().isAssignableFrom(type) && hook.implementedBy(type)) {
                implemented.add(hook.name());
            }
        }
        return implemented;
    }

    private record Hook(Class<?> declaredBy, String name, Class<?>... parameterTypes) {

        boolean implementedBy(Class<?> type) {
            if (Proxy.isProxyClass(type)) {
                return true;
            }
            Method found = ReflectionUtils.findMethod(type, name, parameterTypes);
            return found != null && !DEFAULTS.contains(found.getDeclaringClass());
        }
    }
}
