package io.github.middlewaresignals.middleware;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.middlewaresignals.middleware.app.HookLog;
import io.github.middlewaresignals.request.ClosingConnection;
import io.github.middlewaresignals.request.GotRequestException;
import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.request.RequestStarted;
import io.github.middlewaresignals.signal.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each request signal at most once per request with a middleware chain, checked once the server
 * has closed the request's connection, so a late duplicate (an async completion, an error page
 * dispatch) would already be there.
 */
class RequestSignalsOnceHttpTest extends ChainHttpTestSupport {

    @Autowired
    RequestSignals signals;

    final List<String> sent = new CopyOnWriteArrayList<>();

    final Receiver<RequestStarted> started = (sender, event) -> record(event.request().getHeader(HookLog.TEST_ID), "started");
    final Receiver<RequestFinished> finished = (sender, event) -> record(event.request().getHeader(HookLog.TEST_ID), "finished");
    final Receiver<GotRequestException> failed = (sender, event) -> record(event.request().getHeader(HookLog.TEST_ID),
            "exception " + event.exception().getMessage());

    @BeforeEach
    void connect() {
        signals.requestStarted().connect(started);
        signals.requestFinished().connect(finished);
        signals.gotRequestException().connect(failed);
    }

    @AfterEach
    void disconnect() {
        signals.requestStarted().disconnect(started);
        signals.requestFinished().disconnect(finished);
        signals.gotRequestException().disconnect(failed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/string         | 200 | started, finished",
            "/callable       | 200 | started, finished",
            "/deferred       | 200 | started, finished",
            "/future         | 200 | started, finished",
            "/web-async-task | 200 | started, finished",
            "/boom           | 500 | started, exception boom, finished",
            "/async-failure  | 500 | started, exception async failure, finished",
            "/missing        | 404 | started, finished",
            "/send-error     | 404 | started, finished",
            "/boom-handled   | 409 | started, finished",
    })
    void everyRequestSignalIsSentOnce(String path, int status, String expected) throws Exception {
        String id = newId();
        assertThat(ClosingConnection.get(port, path, HookLog.TEST_ID, id)).isEqualTo(status);

        assertThat(signalsFor(id)).containsExactly(expected.split(", "));
    }

    private boolean record(String id, String signal) {
        return sent.add(id + " " + signal);
    }

    private List<String> signalsFor(String id) throws InterruptedException {
        String prefix = id + " ";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sent.contains(prefix + "finished") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return sent.stream().filter(event -> event.startsWith(prefix))
                .map(event -> event.substring(prefix.length())).toList();
    }
}
