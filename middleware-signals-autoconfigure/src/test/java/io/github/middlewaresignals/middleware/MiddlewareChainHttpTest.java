package io.github.middlewaresignals.middleware;

import java.net.http.HttpResponse;
import java.util.List;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The onion over real HTTP: order, commit safety for every synchronous handler kind, short-circuit, limits. */
class MiddlewareChainHttpTest extends ChainHttpTestSupport {

    @Autowired
    MiddlewareChain chain;

    @Test
    void resolvesBeanNamesAndClassNamesAndLeavesDisabledEntriesOut() {
        assertThat(chain.names()).containsExactly("outerMiddleware", "innerMiddleware", "scopedMiddleware",
                "io.github.middlewaresignals.middleware.app.ClassListedInterceptor",
                "io.github.middlewaresignals.middleware.app.BeanBackedInterceptor");
    }

    @Test
    void hooksRunAsAnOnionForAStringBody() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/string", id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsExactly(
                "outer.preHandle", "inner.preHandle", "classListed.preHandle", "handler",
                "inner.processResponse", "outer.processResponse",
                "inner.postHandle", "outer.postHandle",
                "inner.afterCompletion", "outer.afterCompletion");
    }

    @Test
    void processResponseHeadersReachTheClientForAResponseEntity() throws Exception {
        HttpResponse<String> response = get("/entity", newId());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Handler")).hasValue("entity");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(response.body()).contains("\"kind\":\"entity\"");
    }

    @Test
    void processResponseHeadersReachTheClientForABodyLargerThanTheBuffer() throws Exception {
        HttpResponse<String> response = get("/large", newId());

        assertThat(response.body()).hasSize(200_000);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
    }

    @Test
    void processResponseHeadersReachTheClientWithoutABody() throws Exception {
        HttpResponse<String> response = get("/no-content", newId());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
    }

    @Test
    void processResponseRunsBeforeAHandlerWritesAndFlushesItself() throws Exception {
        HttpResponse<String> written = get("/void", newId());
        HttpResponse<String> bytes = get("/bytes", newId());

        assertThat(written.body()).isEqualTo("written by the handler");
        assertThat(written.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(bytes.body()).isEqualTo("bytes");
        assertThat(bytes.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
    }

    @Test
    void processResponseRunsBeforeARedirect() throws Exception {
        HttpResponse<String> response = get("/redirect", newId());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
    }

    @Test
    void processResponseRunsBeforeARenderedView() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/view", id);

        assertThat(response.body()).isEqualTo("<p>rendered</p>");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsSubsequence(
                "handler", "inner.processResponse", "outer.processResponse",
                "inner.postHandle", "outer.postHandle", "render", "inner.afterCompletion", "outer.afterCompletion");
    }

    @Test
    void aPreHandleReturningFalseShortCircuitsTheHandlerAndTheMiddlewareBelow() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/string", id, "X-Short-Circuit", "inner");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.body()).isEqualTo("short-circuited by inner");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(response.headers().firstValue("X-Class-Listed")).isEmpty();
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsExactly(
                "outer.preHandle", "inner.preHandle",
                "inner.processResponse", "outer.processResponse",
                "inner.afterCompletion", "outer.afterCompletion");
    }

    @Test
    void theOutermostShortCircuitKeepsEveryOtherMiddlewareOut() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/string", id, "X-Short-Circuit", "outer");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsExactly(
                "outer.preHandle", "outer.processResponse", "outer.afterCompletion");
    }

    @Test
    void includeAndExcludePatternsLimitAnEntry() throws Exception {
        assertThat(get("/api/items", newId()).headers().firstValue("X-Scoped")).hasValue("yes");
        assertThat(get("/api/internal/items", newId()).headers().firstValue("X-Scoped")).isEmpty();
        assertThat(get("/string", newId()).headers().firstValue("X-Scoped")).isEmpty();
    }

    @Test
    void aDisabledEntryDoesNotRun() throws Exception {
        assertThat(get("/api/items", newId()).headers().firstValue("X-Disabled")).isEmpty();
    }

    @Test
    void classNameEntriesUseTheOnlyBeanOfTheTypeOrACreatedInstance() throws Exception {
        HttpResponse<String> response = get("/string", newId());

        assertThat(response.headers().firstValue("X-Class-Listed")).hasValue("created");
        assertThat(response.headers().firstValue("X-Bean-Backed")).hasValue("bean");
    }

    @Test
    void runsTheChainForPathsWithoutAHandler() throws Exception {
        HttpResponse<String> response = get("/nothing-here", newId());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().allValues("X-Processed-By")).isEqualTo(List.of("inner", "outer"));
    }
}
