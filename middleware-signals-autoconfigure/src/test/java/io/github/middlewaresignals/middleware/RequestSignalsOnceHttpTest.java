package io.github.middlewaresignals.middleware;

import io.github.middlewaresignals.middleware.app.HookLog;
import io.github.middlewaresignals.request.ClosingConnection;
import io.github.middlewaresignals.request.RequestSignalRecorder;
import io.github.middlewaresignals.request.RequestSignals;
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

    RequestSignalRecorder recorder;

    @BeforeEach
    void connect() {
        recorder = new RequestSignalRecorder(signals, request -> request.getHeader(HookLog.TEST_ID));
        recorder.connect();
    }

    @AfterEach
    void disconnect() {
        recorder.disconnect();
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

        assertThat(recorder.awaitFinished(id)).containsExactly(expected.split(", "));
    }

}
