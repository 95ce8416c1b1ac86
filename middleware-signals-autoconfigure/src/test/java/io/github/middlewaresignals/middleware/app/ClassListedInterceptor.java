package io.github.middlewaresignals.middleware.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** A plain HandlerInterceptor that is no bean: listed by class name, created and autowired by the chain. */
public class ClassListedInterceptor implements HandlerInterceptor {

    private final HookLog log;

    public ClassListedInterceptor(HookLog log) {
        this.log = log;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        log.add(request, "classListed.preHandle");
        response.setHeader("X-Class-Listed", "created");
        return true;
    }
}
