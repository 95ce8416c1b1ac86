package io.github.middlewaresignals.middleware.chain;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one Spring MVC interceptor that drives the whole chain: {@code preHandle} top-down, the
 * after-hooks bottom-up, each once per request across async and error dispatches.
 */
public final class MiddlewareChainInterceptor implements AsyncHandlerInterceptor {

    private final MiddlewareChain chain;

    public MiddlewareChainInterceptor(MiddlewareChain chain) {
        this.chain = chain;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (chain.isEmpty()) {
            return true;
        }
        return ChainRun.open(chain, request).preHandle(request, response, handler);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) throws Exception {
        ChainRun run = ChainRun.of(request);
        if (run != null) {
            run.postHandle(request, response, handler, modelAndView);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception exception) {
        ChainRun run = ChainRun.of(request);
        if (run != null) {
            run.afterCompletion(request, response, exception);
        }
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                               Object handler) throws Exception {
        ChainRun run = ChainRun.of(request);
        if (run != null) {
            run.afterConcurrentHandlingStarted(request, response, handler);
        }
    }
}
