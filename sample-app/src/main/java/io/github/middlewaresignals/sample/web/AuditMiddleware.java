package io.github.middlewaresignals.sample.web;

import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.web.method.HandlerMethod;

/**
 * A middleware listed by class name in {@code middleware.order}, like a Django dotted path.
 * It is deliberately not a bean: the starter creates it and autowires its constructor.
 * <p>
 * It writes one audit line per state-changing request and names the app in an
 * {@code X-Served-By} header. Both happen in {@code processResponse}, after the handler and
 * before the response is committed.
 */
public class AuditMiddleware implements Middleware {

    /** Header that names the application that answered. */
    public static final String SERVED_BY = "X-Served-By";

    private static final Logger audit = LoggerFactory.getLogger("audit");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String applicationName;

    public AuditMiddleware(Environment environment) {
        this.applicationName = environment.getProperty("spring.application.name", "application");
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(SERVED_BY, applicationName);
        if (WRITES.contains(request.getMethod())) {
            audit.info("{} {} status={} handler={}", request.getMethod(), request.getRequestURI(), response.getStatus(), nameOf(handler));
        }
    }

    private static String nameOf(Object handler) {
        if (handler instanceof HandlerMethod method) {
            return method.getBeanType().getSimpleName() + "#" + method.getMethod().getName();
        }
        return handler == null ? "none" : handler.getClass().getSimpleName();
    }
}
