package io.github.middlewaresignals.autoconfigure;

import java.util.EnumSet;
import io.github.middlewaresignals.middleware.MiddlewareChain;
import io.github.middlewaresignals.middleware.MiddlewareChainInterceptor;
import io.github.middlewaresignals.middleware.MiddlewareChainResolver;
import io.github.middlewaresignals.middleware.MiddlewareExceptionResolver;
import io.github.middlewaresignals.middleware.MiddlewareFilter;
import io.github.middlewaresignals.middleware.MiddlewareProperties;
import io.github.middlewaresignals.request.GotRequestException;
import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.request.RequestStarted;
import io.github.middlewaresignals.signal.Signal;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Auto-configuration of the middleware chain from {@code middleware.order}, and of the request
 * signals, in a Spring MVC servlet application. One filter serves both; no servlet request listener
 * is registered, since any such listener makes the container announce every request attribute change.
 */
@AutoConfiguration(after = BuiltinMiddlewareAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@EnableConfigurationProperties(MiddlewareProperties.class)
public class MiddlewareAutoConfiguration {

    /** Runs first among the filters after character encoding, so request_started comes first and the guard sees every write. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    @Bean
    @ConditionalOnMissingBean
    public MiddlewareChain middlewareChain(ConfigurableListableBeanFactory beanFactory, MiddlewareProperties properties) {
        return new MiddlewareChainResolver(beanFactory).resolve(properties);
    }

    @Bean
    public WebMvcConfigurer middlewareChainWebMvcConfigurer(MiddlewareChain chain) {
        MiddlewareChainInterceptor interceptor = new MiddlewareChainInterceptor(chain);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                if (!chain.isEmpty()) {
                    registry.addInterceptor(interceptor).order(Ordered.HIGHEST_PRECEDENCE);
                }
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    public MiddlewareExceptionResolver middlewareExceptionResolver(ObjectProvider<RequestMappingHandlerAdapter> adapter,
            ObjectProvider<ContentNegotiationManager> contentNegotiation) {
        return new MiddlewareExceptionResolver(() -> adapter.getObject().getMessageConverters(),
                () -> contentNegotiation.getIfUnique(ContentNegotiationManager::new));
    }

    @Bean
    @ConditionalOnMissingBean(name = "middlewareFilter")
    public FilterRegistrationBean<MiddlewareFilter> middlewareFilter(MiddlewareChain chain, RequestSignals signals) {
        FilterRegistrationBean<MiddlewareFilter> registration =
                new FilterRegistrationBean<>(new MiddlewareFilter(chain, signals));
        registration.setName("middlewareFilter");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        registration.setAsyncSupported(true);
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    public RequestSignals requestSignals() {
        return new RequestSignals();
    }

    @Bean
    @ConditionalOnMissingBean(name = "requestStartedSignal")
    public Signal<RequestStarted> requestStartedSignal(RequestSignals signals) {
        return signals.requestStarted();
    }

    @Bean
    @ConditionalOnMissingBean(name = "requestFinishedSignal")
    public Signal<RequestFinished> requestFinishedSignal(RequestSignals signals) {
        return signals.requestFinished();
    }

    @Bean
    @ConditionalOnMissingBean(name = "gotRequestExceptionSignal")
    public Signal<GotRequestException> gotRequestExceptionSignal(RequestSignals signals) {
        return signals.gotRequestException();
    }
}
