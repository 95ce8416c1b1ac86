package io.github.middlewaresignals.sample.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import io.github.middlewaresignals.sample.signallog.SignalLog;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many clients creating articles with one title at the same moment, over real HTTP. */
class ConcurrentArticlesTest extends HttpTestSupport {

    private static final int CLIENTS = 120;

    @Test
    void concurrentArticlesWithOneTitleAllSucceedWithConsecutiveSlugs() throws Exception {
        String title = "Same Title " + unique();
        String base = Slugs.slugify(title);

        List<HttpResponse<String>> responses = postAtOnce("/api/articles", map("title", title, "body", "race"));

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
        assertThat(statuses).as("responses by status").isEqualTo(Map.of(201, (long) CLIENTS));
        List<String> slugs = responses.stream().map(response -> json(response).get("slug").asString()).toList();
        List<String> expected = IntStream.range(0, CLIENTS).mapToObj(n -> n == 0 ? base : base + "-" + n).toList();
        assertThat(slugs).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        // post_save announced exactly the articles that were committed, none that was rolled back
        List<String> announced = json(get("/api/signals/log?limit=" + SignalLog.CAPACITY)).valueStream()
                .filter(entry -> entry.get("signal").asString().equals("post_save"))
                .map(entry -> entry.get("summary").asString())
                .filter(summary -> summary.startsWith("Article[") && summary.contains(", slug=" + base))
                .map(summary -> summary.substring(summary.indexOf(", slug=") + 7, summary.indexOf(']')))
                .toList();
        assertThat(announced).containsExactlyInAnyOrderElementsOf(slugs);
    }

    /** Sends {@link #CLIENTS} identical POSTs released together, and waits for all answers (at most 30 seconds). */
    private List<HttpResponse<String>> postAtOnce(String path, Object body) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(clients.submit(() -> {
                    start.await();
                    return post(path, body);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
            }
            return responses;
        } finally {
            clients.shutdownNow();
        }
    }
}
