package io.github.middlewaresignals.request;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import io.github.middlewaresignals.signal.Receiver;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Records the request signals a server sends, per request, as {@code "started"},
 * {@code "exception <message>"} and {@code "finished"}, so a test can wait for one request's
 * {@code request_finished} and read what that request got.
 */
public final class RequestSignalRecorder {

    private final RequestSignals signals;
    private final Function<HttpServletRequest, String> requestKey;
    private final List<Map.Entry<String, String>> sent = new CopyOnWriteArrayList<>();

    private final Receiver<RequestStarted> started = (sender, event) -> record(event.request(), "started");
    private final Receiver<RequestFinished> finished = (sender, event) -> record(event.request(), "finished");
    private final Receiver<GotRequestException> failed = (sender, event) -> record(event.request(),
            "exception " + event.exception().getMessage());

    /**
     * @param signals    the application's request signals
     * @param requestKey what tells the test's requests apart (a header, the path)
     */
    public RequestSignalRecorder(RequestSignals signals, Function<HttpServletRequest, String> requestKey) {
        this.signals = signals;
        this.requestKey = requestKey;
    }

    public void connect() {
        signals.requestStarted().connect(started);
        signals.requestFinished().connect(finished);
        signals.gotRequestException().connect(failed);
    }

    public void disconnect() {
        signals.requestStarted().disconnect(started);
        signals.requestFinished().disconnect(finished);
        signals.gotRequestException().disconnect(failed);
    }

    /** @return the signals the request with this key got, in order, once its request_finished came (or after 10 s) */
    public List<String> awaitFinished(String key) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sent.contains(Map.entry(key, "finished")) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return sent.stream().filter(entry -> entry.getKey().equals(key)).map(Map.Entry::getValue).toList();
    }

    private boolean record(HttpServletRequest request, String signal) {
        String key = requestKey.apply(request);
        return sent.add(Map.entry(key == null ? "-" : key, signal));
    }
}
