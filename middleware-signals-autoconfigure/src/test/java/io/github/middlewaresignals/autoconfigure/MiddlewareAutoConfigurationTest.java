package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import io.github.middlewaresignals.middleware.chain.MiddlewareChainInterceptor;
import io.github.middlewaresignals.middleware.chain.MiddlewareExceptionResolver;
import io.github.middlewaresignals.middleware.chain.MiddlewareFilter;
import io.github.middlewaresignals.request.RequestStarted;
import java.util.List;
import org.springframework.web.accept.ContentNegotiationManager;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.signal.Signal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.MappedInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

class MiddlewareAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class));

    @Test
    void aServletWebApplicationGetsTheChainItsFilterAndTheRequestSignals() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(MiddlewareChain.class);
            assertThat(context).hasSingleBean(MiddlewareExceptionResolver.class);
            assertThat(context).hasBean("middlewareFilter");
            assertThat(context.getBean("middlewareFilter")).isInstanceOf(FilterRegistrationBean.class);
            assertThat(context).hasSingleBean(RequestSignals.class);
            assertThat(context.getBeansOfType(Signal.class).values()).extracting(Signal::name)
                    .containsExactlyInAnyOrder("request_started", "request_finished", "got_request_exception");
        });
    }

    @Test
    void theChainReachesEveryHandlerMappingAsAMappedInterceptor() {
        runner.run(context -> assertThat(context.getBean(MappedInterceptor.class).getInterceptor())
                .isInstanceOf(MiddlewareChainInterceptor.class));
    }

    @Test
    void startsWithoutActuator() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .withUserConfiguration(TwoMiddleware.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MiddlewareChain.class).names()).containsExactly("first", "second");
                });
    }

    @Test
    void theRequestSignalsNeedNoServletRequestListener() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ServletListenerRegistrationBean.class));
    }

    @Test
    void anApplicationWithoutWebGetsNoChain() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MiddlewareChain.class);
                    assertThat(context).doesNotHaveBean(RequestSignals.class);
                });
    }

    @Test
    void aWebApplicationWithoutSpringMvcGetsNoChain() {
        runner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
                .run(context -> assertThat(context).doesNotHaveBean(MiddlewareChain.class));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        MiddlewareChain own = MiddlewareChain.empty();
        RequestSignals ownSignals = new RequestSignals();
        runner.withBean("ownChain", MiddlewareChain.class, () -> own)
                .withBean("ownSignals", RequestSignals.class, () -> ownSignals)
                .run(context -> {
                    assertThat(context.getBean(MiddlewareChain.class)).isSameAs(own);
                    assertThat(context.getBean(RequestSignals.class)).isSameAs(ownSignals);
                });
    }

    @Test
    void backsOffWhenTheApplicationRegistersItsOwnMiddlewareFilter() {
        runner.withUserConfiguration(OwnFilter.class)
                .run(context -> {
                    assertThat(context).doesNotHaveBean("middlewareFilter");
                    assertThat(context).hasBean("ownFilter");
                });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnExceptionResolver() {
        MiddlewareExceptionResolver own = new MiddlewareExceptionResolver(List::of, ContentNegotiationManager::new);
        runner.withBean("ownResolver", MiddlewareExceptionResolver.class, () -> own)
                .run(context -> assertThat(context.getBean(MiddlewareExceptionResolver.class)).isSameAs(own));
    }

    @Test
    void aSignalBeanOfTheSameNameReplacesARequestSignal() {
        Signal<RequestStarted> own = new Signal<>("request_started");
        runner.withBean("requestStartedSignal", Signal.class, () -> own)
                .run(context -> {
                    assertThat(context.getBean("requestStartedSignal")).isSameAs(own);
                    assertThat(context.getBean(RequestSignals.class).requestStarted()).isNotSameAs(own);
                });
    }

    @Test
    void bindsTheOrderAndTheEntries() {
        runner.withUserConfiguration(TwoMiddleware.class)
                .withPropertyValues("middleware.order[0]=second", "middleware.order[1]=first",
                        "middleware.entries.first.include=/api/**", "middleware.entries.first.exclude=/api/internal/**",
                        "middleware.entries.second.enabled=true")
                .run(context -> {
                    MiddlewareProperties properties = context.getBean(MiddlewareProperties.class);
                    assertThat(properties.getOrder()).containsExactly("second", "first");
                    assertThat(properties.getEntries().get("first").getInclude()).containsExactly("/api/**");
                    assertThat(properties.getEntries().get("first").getExclude()).containsExactly("/api/internal/**");
                    MiddlewareChain chain = context.getBean(MiddlewareChain.class);
                    assertThat(chain.names()).containsExactly("second", "first");
                    assertThat(chain.describe()).isEqualTo("second -> first include=[/api/**] exclude=[/api/internal/**]");
                });
    }

    @Test
    void withoutAnOrderTheApplicationsMiddlewareRunInOrderAndBuiltinsDoNot() {
        runner.withUserConfiguration(TwoMiddleware.class)
                .withBean("timing", Middleware.class, () -> new Middleware() { })
                .run(context -> assertThat(context.getBean(MiddlewareChain.class).names())
                        .containsExactly("first", "second"));
    }

    @Test
    void anEntryCanBeSwitchedOff() {
        runner.withUserConfiguration(TwoMiddleware.class)
                .withPropertyValues("middleware.order=first,second", "middleware.entries.first.enabled=false")
                .run(context -> {
                    MiddlewareChain chain = context.getBean(MiddlewareChain.class);
                    assertThat(chain.names()).containsExactly("second");
                    assertThat(chain.describe()).isEqualTo("second (disabled: first)");
                });
    }

    @Test
    void theChainIsResolvedToTheListedInstances() {
        runner.withUserConfiguration(TwoMiddleware.class)
                .withPropertyValues("middleware.order=first")
                .run(context -> assertThat(context.getBean(MiddlewareChain.class).interceptors())
                        .containsExactly(context.getBean("first", Middleware.class)));
    }

    @Test
    void aClassNameEntryIsConfiguredWithBrackets() {
        String className = ListedByClass.class.getName();
        runner.withPropertyValues("middleware.order=" + className,
                        "middleware.entries[" + className + "].include=/api/**")
                .run(context -> assertThat(context.getBean(MiddlewareChain.class).describe())
                        .isEqualTo(className + " include=[/api/**]"));
    }

    public static class ListedByClass implements Middleware {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilter {

        @Bean
        FilterRegistrationBean<MiddlewareFilter> ownFilter() {
            return new FilterRegistrationBean<>(new MiddlewareFilter(MiddlewareChain.empty(), null));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoMiddleware {

        @Bean
        @Order(2)
        Middleware second() {
            return new Middleware() { };
        }

        @Bean
        @Order(1)
        Middleware first() {
            return new Middleware() { };
        }
    }

}
