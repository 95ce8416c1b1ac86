package io.github.middlewaresignals.middleware.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.servlet.http.HttpServletRequest;

/** What happened to each test request, keyed by its X-Test-Id header. */
public class HookLog {

    public static final String TEST_ID = "X-Test-Id";

    private final Map<String, List<String>> events = new ConcurrentHashMap<>();

    public void add(HttpServletRequest request, String event) {
        String id = request.getHeader(TEST_ID);
        if (id != null) {
            add(id, event);
        }
    }

    public void add(String id, String event) {
        events.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(event);
    }

    public List<String> of(String id) {
        return List.copyOf(events.getOrDefault(id, List.of()));
    }

    /** Waits until the event was recorded (hooks after the last byte may run after the client has the response). */
    public List<String> awaitEvent(String id, String event) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!of(id).contains(event)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No '" + event + "' for request " + id + ", only " + of(id));
            }
            Thread.sleep(5);
        }
        return of(id);
    }
}
