package io.github.middlewaresignals.autoconfigure;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import io.github.middlewaresignals.middleware.chain.EntryObserver;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import io.github.middlewaresignals.middleware.chain.MiddlewareChainInterceptor;
import io.github.middlewaresignals.middleware.chain.MiddlewareExceptionResolver;
import io.github.middlewaresignals.middleware.chain.MiddlewareFilter;
import io.github.middlewaresignals.middleware.config.EntrySettings;
import io.github.middlewaresignals.middleware.config.MiddlewareChainResolver;
import io.github.middlewaresignals.request.GotRequestException;
import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.request.RequestSignalsSender;
import io.github.middlewaresignals.request.RequestStarted;
import io.github.middlewaresignals.signal.Signal;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingFilterBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.MappedInterceptor;
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
public final class MiddlewareAutoConfiguration {

    /** Runs first among the filters after character encoding, so request_started comes first and the guard sees every write. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    @Bean
    @ConditionalOnMissingBean
    MiddlewareChain middlewareChain(ConfigurableListableBeanFactory beanFactory, MiddlewareProperties properties,
                                    ObjectProvider<EntryObserver> entryObserver) {
        Map<String, EntrySettings> settings = new LinkedHashMap<>();
        properties.getEntries().forEach((name, entry) ->
                settings.put(name, new EntrySettings(entry.isEnabled(), entry.getInclude(), entry.getExclude())));
        return new MiddlewareChainResolver(beanFactory).resolve(properties.getOrder(), settings)
                .observedBy(entryObserver.getIfUnique());
    }

    /**
     * A mapped interceptor rather than one added through {@code WebMvcConfigurer}: every handler
     * mapping of the context picks mapped interceptors up, Actuator's endpoint mappings included,
     * so the chain runs for every request the DispatcherServlet serves. It comes before the
     * interceptors registered through {@code WebMvcConfigurer}.
     */
    @Bean
    MappedInterceptor middlewareChainInterceptor(MiddlewareChain chain) {
        return new MappedInterceptor(null, new MiddlewareChainInterceptor(chain));
    }

    @Bean
    @ConditionalOnMissingBean
    MiddlewareExceptionResolver middlewareExceptionResolver(ObjectProvider<RequestMappingHandlerAdapter> adapter,
            ObjectProvider<ContentNegotiationManager> contentNegotiation) {
        return new MiddlewareExceptionResolver(() -> adapter.getObject().getMessageConverters(),
                () -> contentNegotiation.getIfUnique(ContentNegotiationManager::new));
    }

    @Bean
    @ConditionalOnMissingFilterBean(MiddlewareFilter.class)
    FilterRegistrationBean<MiddlewareFilter> middlewareFilter(MiddlewareChain chain, RequestSignals signals) {
        FilterRegistrationBean<MiddlewareFilter> registration =
                new FilterRegistrationBean<>(new MiddlewareFilter(chain, new RequestSignalsSender(signals)));
        registration.setName("middlewareFilter");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        registration.setAsyncSupported(true);
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    RequestSignals requestSignals() {
        return new RequestSignals();
    }

    // Signal beans of one payload type each; their names tell the three apart, since their type is Signal for all
    @Bean
    @ConditionalOnMissingBean(name = "requestStartedSignal")
    Signal<RequestStarted> requestStartedSignal(RequestSignals signals) {
        return signals.requestStarted();
    }

    @Bean
    @ConditionalOnMissingBean(name = "requestFinishedSignal")
    Signal<RequestFinished> requestFinishedSignal(RequestSignals signals) {
        return signals.requestFinished();
    }

    @Bean
    @ConditionalOnMissingBean(name = "gotRequestExceptionSignal")
    Signal<GotRequestException> gotRequestExceptionSignal(RequestSignals signals) {
        return signals.gotRequestException();
    }
}
