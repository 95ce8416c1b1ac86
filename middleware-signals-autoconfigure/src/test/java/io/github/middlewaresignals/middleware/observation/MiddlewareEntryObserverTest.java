package io.github.middlewaresignals.middleware.observation;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import io.github.middlewaresignals.middleware.chain.MiddlewareChainInterceptor;
import io.github.middlewaresignals.middleware.chain.MiddlewareEntry;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Each entry's work in a request is one observation, named by the entry, with the way it ended as outcome. */
class MiddlewareEntryObserverTest {

    private final TestObservationRegistry registry = TestObservationRegistry.create();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private MiddlewareChainInterceptor chain(MiddlewareEntryObservationConvention convention, Middleware outer, Middleware inner) {
        MiddlewareChain chain = new MiddlewareChain(List.of(
                new MiddlewareEntry("request-id", outer, List.of(), List.of()),
                new MiddlewareEntry("rateLimitMiddleware", inner, List.of(), List.of())), List.of())
                .observedBy(new MiddlewareEntryObserver(registry, convention));
        return new MiddlewareChainInterceptor(chain);
    }

    private static Middleware passing() {
        return new Middleware() {
        };
    }

    @Test
    void observesEachEntrysWorkInARequest() throws Exception {
        MiddlewareChainInterceptor chain = chain(null, passing(), passing());

        assertThat(chain.preHandle(request, response, null)).isTrue();
        assertThat(registry).as("started before the handler").hasNumberOfObservationsWithNameEqualTo("middleware.entry", 2)
                .hasObservationWithNameEqualTo("middleware.entry").that().hasBeenStarted().isNotStopped();
        chain.afterCompletion(request, response, null, null);

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("middleware.entry", 2);
        assertThat(registry).hasObservationWithNameEqualTo("middleware.entry").that()
                .hasContextualNameEqualTo("middleware request-id")
                .hasLowCardinalityKeyValue("middleware.name", "request-id")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS").hasBeenStopped();
        assertThat(registry).hasAnObservationWithAKeyValue("middleware.name", "rateLimitMiddleware");
    }

    @Test
    void anEntryThatAnswersTheRequestItselfIsAShortCircuitAndTheOnesBelowAreNotObserved() throws Exception {
        Middleware limiter = new Middleware() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setStatus(429);
                return false;
            }
        };
        MiddlewareChainInterceptor chain = chain(null, limiter, passing());

        assertThat(chain.preHandle(request, response, null)).isFalse();

        assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("middleware.name", "request-id")
                .hasLowCardinalityKeyValue("outcome", "SHORT_CIRCUIT").hasBeenStopped();
    }

    @Test
    void aRequestThatEndsWithAnExceptionIsAFailureOfEveryEntryAroundIt() throws Exception {
        MiddlewareChainInterceptor chain = chain(null, passing(), passing());
        chain.preHandle(request, response, null);
        chain.afterCompletion(request, response, null, new IllegalStateException("handler failed"));

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo("middleware.entry", 2)
                .forAllObservationsWithNameEqualTo("middleware.entry", entry -> entry.hasLowCardinalityKeyValue("outcome", "FAILURE")
                        .assertThatError().hasMessage("handler failed"));
    }

    @Test
    void nestsInTheObservationCurrentWhenTheChainStarts() throws Exception {
        MiddlewareChainInterceptor chain = chain(null, passing(), passing());
        Observation request = Observation.start("http.server.requests", registry);
        try (Observation.Scope scope = request.openScope()) {
            chain.preHandle(this.request, response, null);
            chain.afterCompletion(this.request, response, null, null);
        }
        request.stop();

        assertThat(registry).hasObservationWithNameEqualTo("middleware.entry").that()
                .hasParentObservationEqualTo(request);
    }

    @Test
    void aConventionOfItsOwnReplacesTheDefault() throws Exception {
        MiddlewareChainInterceptor chain = chain(new DefaultMiddlewareEntryObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(MiddlewareEntryContext context) {
                return super.getLowCardinalityKeyValues(context).and(KeyValue.of("http.method", context.getRequest().getMethod()));
            }
        }, passing(), passing());
        chain.preHandle(request, response, null);
        chain.afterCompletion(request, response, null, null);

        assertThat(registry).hasAnObservationWithAKeyValue("http.method", "GET");
    }
}
