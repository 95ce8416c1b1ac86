package io.github.middlewaresignals.middleware.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** Listed by class name while the application has exactly one bean of it: that bean is used. */
public class BeanBackedInterceptor implements HandlerInterceptor {

    private final String origin;

    public BeanBackedInterceptor(String origin) {
        this.origin = origin;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader("X-Bean-Backed", origin);
        return true;
    }
}
