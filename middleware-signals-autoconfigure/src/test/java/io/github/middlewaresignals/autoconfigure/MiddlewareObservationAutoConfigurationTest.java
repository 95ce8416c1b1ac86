package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.chain.EntryObserver;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import io.github.middlewaresignals.middleware.chain.MiddlewareChainInterceptor;
import io.github.middlewaresignals.middleware.chain.MiddlewareEntry;
import io.github.middlewaresignals.middleware.observation.DefaultMiddlewareEntryObservationConvention;
import io.github.middlewaresignals.middleware.observation.MiddlewareEntryObservationConvention;
import io.github.middlewaresignals.middleware.observation.MiddlewareEntryObserver;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MiddlewareObservationAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MiddlewareAutoConfiguration.class, MiddlewareObservationAutoConfiguration.class))
            .withBean("audit", Middleware.class, () -> new Middleware() {
            })
            .withPropertyValues("middleware.order=audit");

    private static void request(AssertableWebApplicationContext context) throws Exception {
        MiddlewareChainInterceptor chain = new MiddlewareChainInterceptor(context.getBean(MiddlewareChain.class));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        chain.preHandle(request, response, null);
        chain.afterCompletion(request, response, null, null);
    }

    @Test
    void theChainsEntriesAreObservedWithTheApplicationsRegistry() {
        runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create).run(context -> {
            request(context);
            TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class)).hasSingleObservationThat()
                    .hasNameEqualTo("middleware.entry").hasLowCardinalityKeyValue("middleware.name", "audit");
        });
    }

    @Test
    void anApplicationWithoutARegistryGetsNoObservations() {
        runner.run(context -> assertThat(context).doesNotHaveBean(EntryObserver.class));
    }

    @Test
    void theSwitchTurnsThemOff() {
        runner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .withPropertyValues("middleware.observations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EntryObserver.class));
    }

    @Test
    void anApplicationWithoutWebGetsNoObserver() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MiddlewareObservationAutoConfiguration.class))
                .withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> assertThat(context).doesNotHaveBean(EntryObserver.class));
    }

    @Test
    void aConventionBeanReplacesTheDefault() {
        runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withBean(MiddlewareEntryObservationConvention.class, () -> new DefaultMiddlewareEntryObservationConvention() {
                    @Override
                    public String getName() {
                        return "app.middleware";
                    }
                })
                .run(context -> {
                    request(context);
                    TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                            .hasSingleObservationThat().hasNameEqualTo("app.middleware");
                });
    }

    @Test
    void theChainTakesTheUsersOwnObserverInstead() {
        List<String> seen = new ArrayList<>();
        runner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .withBean(EntryObserver.class, () -> new EntryObserver() {
                    @Override
                    public Object started(MiddlewareEntry entry, HttpServletRequest request) {
                        seen.add("started " + entry.name());
                        return entry.name();
                    }

                    @Override
                    public void stopped(Object context, Throwable failure) {
                        seen.add("stopped " + context);
                    }
                })
                .run(context -> {
                    assertThat(context).doesNotHaveBean(MiddlewareEntryObserver.class);
                    request(context);
                    assertThat(seen).containsExactly("started audit", "stopped audit");
                });
    }
}
