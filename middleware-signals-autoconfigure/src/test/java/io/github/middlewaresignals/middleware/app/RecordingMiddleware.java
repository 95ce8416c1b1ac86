package io.github.middlewaresignals.middleware.app;

import java.util.Map;
import io.github.middlewaresignals.middleware.Middleware;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records every hook. Throws from preHandle when X-Fail-In-PreHandle names it, short-circuits with 429 when X-Short-Circuit names it, answers exceptions
 * with 418 when X-Answer names it, and adds X-Processed-By in processResponse.
 */
public class RecordingMiddleware implements Middleware {

    private final String name;
    private final HookLog log;

    public RecordingMiddleware(String name, HookLog log) {
        this.name = name;
        this.log = log;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        log.add(request, name + ".preHandle");
        if (name.equals(request.getHeader("X-Fail-In-PreHandle"))) {
            throw new IllegalStateException(name + " failed in preHandle");
        }
        if (name.equals(request.getHeader("X-Short-Circuit"))) {
            response.setStatus(429);
            response.getWriter().write("short-circuited by " + name);
            return false;
        }
        return true;
    }

    @Override
    public void processResponse(HttpServletRequest request, HttpServletResponse response, Object handler) {
        log.add(request, name + ".processResponse");
        response.addHeader("X-Processed-By", name);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        log.add(request, name + ".postHandle");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception exception) {
        log.add(request, name + ".afterCompletion");
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                               Object handler) {
        log.add(request, name + ".asyncStarted");
    }

    @Override
    public ResponseEntity<?> processException(HttpServletRequest request, HttpServletResponse response,
                                              Object handler, Exception exception) {
        log.add(request, name + ".processException");
        if (name.equals(request.getHeader("X-Answer"))) {
            return ResponseEntity.status(418).header("X-Answered-By", name)
                    .body(Map.of("answeredBy", name, "error", exception.getMessage()));
        }
        return null;
    }
}
