package io.github.middlewaresignals.middleware;

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
        return MiddlewareExchange.obtain(chain, request, response).preHandle(request, response, handler);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) throws Exception {
        MiddlewareExchange exchange = MiddlewareExchange.of(request);
        if (exchange != null) {
            exchange.postHandle(request, response, handler, modelAndView);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception exception) {
        MiddlewareExchange exchange = MiddlewareExchange.of(request);
        if (exchange != null) {
            exchange.afterCompletion(request, response, handler, exception);
        }
    }

    @Override
    public void afterConcurrentHandlingStarted(HttpServletRequest request, HttpServletResponse response,
                                               Object handler) throws Exception {
        MiddlewareExchange exchange = MiddlewareExchange.of(request);
        if (exchange != null) {
            exchange.listenToAsync();
            exchange.afterConcurrentHandlingStarted(request, response, handler);
        }
    }
}
