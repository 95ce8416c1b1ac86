package io.github.middlewaresignals.middleware;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.github.middlewaresignals.middleware.app.TestController;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Async handlers run each hook once; streaming bodies reach the client before the handler finishes. */
class MiddlewareAsyncHttpTest extends ChainHttpTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"callable", "deferred", "future", "web-async-task"})
    void asyncHandlersRunEveryHookOnceAroundTheAsyncWork(String kind) throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/" + kind, id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(kind);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        List<String> events = hooks.awaitEvent(id, "outer.afterCompletion");
        // the async work may run before or after afterConcurrentHandlingStarted; everything else is ordered
        assertThat(events).containsExactlyInAnyOrder(
                "outer.preHandle", "inner.preHandle", "classListed.preHandle",
                "inner.asyncStarted", "outer.asyncStarted",
                "handler.async",
                "inner.processResponse", "outer.processResponse",
                "inner.postHandle", "outer.postHandle",
                "inner.afterCompletion", "outer.afterCompletion");
        assertThat(events).containsSubsequence("outer.preHandle", "inner.preHandle", "classListed.preHandle",
                "inner.asyncStarted", "outer.asyncStarted", "inner.processResponse");
        assertThat(events).containsSubsequence("classListed.preHandle", "handler.async",
                "inner.processResponse", "outer.processResponse",
                "inner.postHandle", "outer.postHandle",
                "inner.afterCompletion", "outer.afterCompletion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stream", "sse", "emitter"})
    void streamingBodiesAreNotBuffered(String kind) throws Exception {
        String id = newId();
        CountDownLatch release = TestController.RELEASES.computeIfAbsent(id, key -> new CountDownLatch(1));
        try {
            HttpResponse<InputStream> response = client.sendAsync(request("/" + kind, id).build(),
                    HttpResponse.BodyHandlers.ofInputStream()).get(5, TimeUnit.SECONDS);
            BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));

            String first = CompletableFuture.supplyAsync(() -> readLine(body)).get(5, TimeUnit.SECONDS);
            assertThat(first).contains("first");
            assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
            assertThat(hooks.of(id)).doesNotContain("outer.afterCompletion");

            release.countDown();
            StringBuilder rest = new StringBuilder();
            for (String line = readLine(body); line != null; line = readLine(body)) {
                rest.append(line).append('\n');
            }
            assertThat(rest).contains("second");
            assertThat(hooks.awaitEvent(id, "outer.afterCompletion"))
                    .containsOnlyOnce("outer.preHandle", "outer.processResponse", "outer.afterCompletion");
        }
        finally {
            release.countDown();
            TestController.RELEASES.remove(id);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        }
        catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}
