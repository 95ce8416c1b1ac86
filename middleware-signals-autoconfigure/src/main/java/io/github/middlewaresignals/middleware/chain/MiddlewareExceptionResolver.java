package io.github.middlewaresignals.middleware.chain;

import java.util.List;
import java.util.function.Supplier;
import io.github.middlewaresignals.request.RequestSignalsRun;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.HttpEntityMethodProcessor;

/**
 * Asks the chain's {@code processException} hooks first, bottom-up. The first non-null answer
 * is written as the response with Spring's message converters, exactly like a returned
 * {@code ResponseEntity}; when all answer null, Spring's own resolvers go on as usual. It also
 * tells the request's signals about the exception and whether a middleware answered it.
 */
public final class MiddlewareExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final MethodParameter ANSWER_TYPE = new MethodParameter(
            ReflectionUtils.findMethod(MiddlewareExceptionResolver.class, "answerType"), -1);

    private final Supplier<List<HttpMessageConverter<?>>> converters;
    private final Supplier<ContentNegotiationManager> contentNegotiation;
    private volatile HttpEntityMethodProcessor writer;

    /**
     * @param converters         the message converters answers are written with
     * @param contentNegotiation how the media type of an answer is chosen
     */
    public MiddlewareExceptionResolver(Supplier<List<HttpMessageConverter<?>>> converters,
                                       Supplier<ContentNegotiationManager> contentNegotiation) {
        this.converters = converters;
        this.contentNegotiation = contentNegotiation;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        RequestSignalsRun signals = RequestSignalsRun.of(request);
        if (signals != null) {
            signals.exceptionRaised(exception);
        }
        ChainRun run = ChainRun.of(request);
        if (run == null || response.isCommitted()) {
            return null;
        }
        try {
            ResponseEntity<?> answer = run.processException(request, response, handler, exception);
            if (answer == null) {
                return null;
            }
            if (signals != null) {
                signals.exceptionAnswered();
            }
            response.resetBuffer();
            writer().handleReturnValue(answer, ANSWER_TYPE, new ModelAndViewContainer(),
                    new ServletWebRequest(request, response));
            return new ModelAndView();
        }
        catch (RuntimeException failure) {
            throw failure;
        }
        catch (Exception failure) {
            throw new IllegalStateException("Middleware processException failed: " + failure.getMessage(), failure);
        }
    }

    private HttpEntityMethodProcessor writer() {
        HttpEntityMethodProcessor current = writer;
        if (current == null) {
            current = new HttpEntityMethodProcessor(converters.get(), contentNegotiation.get());
            writer = current;
        }
        return current;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @SuppressWarnings("unused")
    private static ResponseEntity<?> answerType() {
        return null;
    }
}
