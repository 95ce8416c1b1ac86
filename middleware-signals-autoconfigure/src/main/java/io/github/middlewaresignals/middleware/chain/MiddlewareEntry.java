package io.github.middlewaresignals.middleware.chain;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.aop.support.AopUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One entry of the chain: a named interceptor with its path limits, and which of the optional
 * hooks it implements, worked out once at start-up. Every hook of a request reaches the
 * interceptor through this class, so an entry's work in a request has one place where it starts
 * ({@link #preHandle}) and one where it ends ({@link #afterCompletion}).
 */
public final class MiddlewareEntry {

    private static final PathPattern[] NO_PATTERNS = new PathPattern[0];

    private final String name;
    private final HandlerInterceptor interceptor;
    private final Middleware middleware;
    private final AsyncHandlerInterceptor asyncInterceptor;
    private final boolean hasProcessResponse;
    private final boolean hasProcessException;
    private final PathPattern[] includes;
    private final PathPattern[] excludes;

    /**
     * @param name        the name the entry is listed under
     * @param interceptor what runs
     * @param includes    the paths it is limited to; empty for every path
     * @param excludes    the paths it skips
     */
    public MiddlewareEntry(String name, HandlerInterceptor interceptor, List<PathPattern> includes,
                           List<PathPattern> excludes) {
        this.name = name;
        this.interceptor = interceptor;
        this.middleware = interceptor instanceof Middleware m ? m : null;
        this.asyncInterceptor = interceptor instanceof AsyncHandlerInterceptor a ? a : null;
        this.hasProcessResponse = middleware != null && overrides(interceptor, "processResponse",
                HttpServletRequest.class, HttpServletResponse.class, Object.class);
        this.hasProcessException = middleware != null && overrides(interceptor, "processException",
                HttpServletRequest.class, HttpServletResponse.class, Object.class, Exception.class);
        this.includes = includes.toArray(NO_PATTERNS);
        this.excludes = excludes.toArray(NO_PATTERNS);
    }

    /** @return the name the entry is listed under */
    public String name() {
        return name;
    }

    /** @return the interceptor that runs */
    public HandlerInterceptor interceptor() {
        return interceptor;
    }

    boolean hasProcessResponse() {
        return hasProcessResponse;
    }

    boolean hasProcessException() {
        return hasProcessException;
    }

    /** @return the path patterns the entry is limited to; empty for every path */
    public List<String> includePatterns() {
        return patternStrings(includes);
    }

    /** @return the path patterns the entry skips */
    public List<String> excludePatterns() {
        return patternStrings(excludes);
    }

    boolean hasPatterns() {
        return includes.length > 0 || excludes.length > 0;
    }

    boolean appliesTo(PathContainer path) {
        return (includes.length == 0 || matchesAny(includes, path)) && !matchesAny(excludes, path);
    }

    private static boolean matchesAny(PathPattern[] patterns, PathContainer path) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        return interceptor.preHandle(request, response, handler);
    }

    void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        middleware.processResponse(request, response, handler);
    }

    ResponseEntity<?> processException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                       Exception failure) throws Exception {
        return middleware.processException(request, response, handler, failure);
    }

    void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView modelAndView) throws Exception {
        interceptor.postHandle(request, response, handler, modelAndView);
    }

    void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (asyncInterceptor != null) {
            asyncInterceptor.afterConcurrentHandlingStarted(request, response, handler);
        }
    }

    void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure)
            throws Exception {
        interceptor.afterCompletion(request, response, handler, failure);
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
        return "[" + String.join(",", patternStrings(patterns)) + "]";
    }

    private static List<String> patternStrings(PathPattern[] patterns) {
        return Arrays.stream(patterns).map(PathPattern::getPatternString).toList();
    }

    /** A default method left alone costs nothing per request; only overridden hooks are called. */
    private static boolean overrides(Object target, String method, Class<?>... parameterTypes) {
        if (AopUtils.isJdkDynamicProxy(target)) {
            return true;
        }
        Method found = ReflectionUtils.findMethod(AopUtils.getTargetClass(target), method, parameterTypes);
        return found == null || found.getDeclaringClass() != Middleware.class;
    }
}
