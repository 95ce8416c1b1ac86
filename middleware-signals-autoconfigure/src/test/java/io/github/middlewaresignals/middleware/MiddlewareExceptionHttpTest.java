package io.github.middlewaresignals.middleware;

import java.net.http.HttpResponse;
import java.util.List;
import io.github.middlewaresignals.middleware.app.HookLog;
import io.github.middlewaresignals.request.RequestSignalRecorder;
import io.github.middlewaresignals.request.RequestSignals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** processException over real HTTP, and the request signals sent around it. */
class MiddlewareExceptionHttpTest extends ChainHttpTestSupport {

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

    @Test
    void theFirstProcessExceptionAnswerBecomesTheResponseAndEveryMiddlewareProcessesIt() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/boom", id, "X-Answer", "inner", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"answeredBy\":\"inner\"").contains("\"error\":\"boom\"");
        assertThat(response.headers().firstValue("X-Answered-By")).hasValue("inner");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsExactly(
                "outer.preHandle", "inner.preHandle", "classListed.preHandle", "handler",
                "inner.processException",
                "inner.processResponse", "outer.processResponse",
                "inner.afterCompletion", "outer.afterCompletion");
        assertThat(recorder.awaitFinished(id)).containsExactly("started", "finished");
    }

    @Test
    void processExceptionIsAskedBottomUpUntilOneAnswers() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/boom", id, "X-Answer", "outer");

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.body()).contains("\"answeredBy\":\"outer\"");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion"))
                .containsSubsequence("inner.processException", "outer.processException", "inner.processResponse");
    }

    @Test
    void whenNoMiddlewareAnswersAnExceptionHandlerStillHandlesIt() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/boom-handled", id);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("handled: handled here");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion"))
                .containsSubsequence("inner.processException", "outer.processException");
        assertThat(recorder.awaitFinished(id)).containsExactly("started", "finished");
    }

    @Test
    void anUnhandledExceptionEndsInTheErrorPageWithTheHeadersAndSendsGotRequestExceptionOnce() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/boom", id, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("\"status\":500");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        List<String> events = hooks.awaitEvent(id, "outer.afterCompletion");
        assertThat(events).containsOnlyOnce("outer.preHandle", "outer.processResponse", "outer.afterCompletion");
        assertThat(recorder.awaitFinished(id)).containsExactly("started", "exception boom", "finished");
    }

    @Test
    void anExceptionInAsyncWorkSendsGotRequestExceptionOnce() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/async-failure", id, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsOnlyOnce("outer.preHandle", "outer.afterCompletion");
        assertThat(recorder.awaitFinished(id)).containsExactly("started", "exception async failure", "finished");
    }

    @Test
    void aPreHandleThatThrowsIsAnsweredByTheMiddlewareAboveAndCompletesOnlyThose() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/string", id, "X-Fail-In-PreHandle", "inner", "X-Answer", "outer");

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.body()).contains("inner failed in preHandle");
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsExactly(
                "outer.preHandle", "inner.preHandle", "outer.processException",
                "outer.processResponse", "outer.afterCompletion");
    }

    @Test
    void aPreHandleThatThrowsUnansweredEndsIn500WithTheHooksOfTheMiddlewareAbove() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/string", id, "X-Fail-In-PreHandle", "inner", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsExactly(
                "outer.preHandle", "inner.preHandle", "outer.processException",
                "outer.processResponse", "outer.afterCompletion");
        assertThat(recorder.awaitFinished(id)).containsExactly("started", "exception inner failed in preHandle", "finished");
    }

    @Test
    void requestSignalsFireOncePerRequestAlsoForAsyncRequests() throws Exception {
        String sync = newId();
        String async = newId();
        get("/string", sync);
        get("/deferred", async);

        assertThat(recorder.awaitFinished(sync)).containsExactly("started", "finished");
        assertThat(recorder.awaitFinished(async)).containsExactly("started", "finished");
    }

}
