package io.github.middlewaresignals.middleware;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.aop.support.AopUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;

/** One resolved entry of the chain, with what it implements worked out once at start-up. */
final class MiddlewareEntry {

    private static final PathPattern[] NO_PATTERNS = new PathPattern[0];

    final String name;
    final HandlerInterceptor interceptor;
    final Middleware middleware;
    final AsyncHandlerInterceptor asyncInterceptor;
    final boolean hasProcessResponse;
    final boolean hasProcessException;
    final PathPattern[] includes;
    final PathPattern[] excludes;
    final long bit;

    MiddlewareEntry(String name, HandlerInterceptor interceptor, List<PathPattern> includes,
                    List<PathPattern> excludes, int index) {
        this.name = name;
        this.interceptor = interceptor;
        this.middleware = interceptor instanceof Middleware m ? m : null;
        this.asyncInterceptor = interceptor instanceof AsyncHandlerInterceptor a ? a : null;
        this.hasProcessResponse = middleware != null && overrides(interceptor, "processResponse",
                HttpServletRequest.class, HttpServletResponse.class, Object.class);
        this.hasProcessException = middleware != null && overrides(interceptor, "processException",
                HttpServletRequest.class, HttpServletResponse.class, Object.class, Exception.class);
        this.includes = includes.isEmpty() ? NO_PATTERNS : includes.toArray(NO_PATTERNS);
        this.excludes = excludes.isEmpty() ? NO_PATTERNS : excludes.toArray(NO_PATTERNS);
        this.bit = 1L << index;
    }

    boolean hasPatterns() {
        return includes.length > 0 || excludes.length > 0;
    }

    boolean appliesTo(PathContainer path) {
        if (includes.length > 0) {
            boolean included = false;
            for (PathPattern include : includes) {
                if (include.matches(path)) {
                    included = true;
                    break;
                }
            }
            if (!included) {
                return false;
            }
        }
        for (PathPattern exclude : excludes) {
            if (exclude.matches(path)) {
                return false;
            }
        }
        return true;
    }

    String describe() {
        StringBuilder text = new StringBuilder(name);
        if (includes.length > 0) {
            text.append(" include=").append(patterns(includes));
        }
        if (excludes.length > 0) {
            text.append(" exclude=").append(patterns(excludes));
        }
        return text.toString();
    }

    private static String patterns(PathPattern[] patterns) {
        return Arrays.stream(patterns).map(PathPattern::getPatternString).collect(Collectors.joining(",", "[", "]"));
    }

    /** A default method left alone costs nothing per request; only overridden hooks are called. */
    private static boolean overrides(Object target, String method, Class<?>... parameterTypes) {
        Class<?> type = AopUtils.isAopProxy(target) && AopUtils.isJdkDynamicProxy(target)
                ? null : AopUtils.getTargetClass(target);
        if (type == null) {
            return true;
        }
        Method found = ReflectionUtils.findMethod(type, method, parameterTypes);
        return found == null || found.getDeclaringClass() != Middleware.class;
    }
}
