package io.github.middlewaresignals.middleware;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.middlewaresignals.middleware.app.HookLog;
import io.github.middlewaresignals.request.GotRequestException;
import io.github.middlewaresignals.request.RequestFinished;
import io.github.middlewaresignals.request.RequestSignals;
import io.github.middlewaresignals.request.RequestStarted;
import io.github.middlewaresignals.signal.Receiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** processException over real HTTP, and the request signals sent around it. */
class MiddlewareExceptionHttpTest extends ChainHttpTestSupport {

    @Autowired
    RequestSignals signals;

    final List<String> sent = new CopyOnWriteArrayList<>();

    final Receiver<RequestStarted> started = (sender, event) -> sent.add("started " + id(event.request().getHeader(HookLog.TEST_ID)));
    final Receiver<RequestFinished> finished = (sender, event) -> sent.add("finished " + id(event.request().getHeader(HookLog.TEST_ID)));
    final Receiver<GotRequestException> failed = (sender, event) -> sent.add("exception "
            + id(event.request().getHeader(HookLog.TEST_ID)) + " " + event.exception().getMessage());

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
        assertThat(signalsFor(id)).containsExactly("started", "finished");
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
        assertThat(signalsFor(id)).containsExactly("started", "finished");
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
        assertThat(signalsFor(id)).containsExactly("started", "exception boom", "finished");
    }

    @Test
    void anExceptionInAsyncWorkSendsGotRequestExceptionOnce() throws Exception {
        String id = newId();
        HttpResponse<String> response = get("/async-failure", id, "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().allValues("X-Processed-By")).containsExactly("inner", "outer");
        assertThat(hooks.awaitEvent(id, "outer.afterCompletion")).containsOnlyOnce("outer.preHandle", "outer.afterCompletion");
        assertThat(signalsFor(id)).containsExactly("started", "exception async failure", "finished");
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
        assertThat(signalsFor(id)).containsExactly("started", "exception inner failed in preHandle", "finished");
    }

    @Test
    void requestSignalsFireOncePerRequestAlsoForAsyncRequests() throws Exception {
        String sync = newId();
        String async = newId();
        get("/string", sync);
        get("/deferred", async);

        assertThat(signalsFor(sync)).containsExactly("started", "finished");
        assertThat(signalsFor(async)).containsExactly("started", "finished");
    }

    private List<String> signalsFor(String id) throws InterruptedException {
        String finishedEvent = "finished " + id;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sent.contains(finishedEvent) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String suffix = " " + id;
        return sent.stream().filter(event -> event.contains(suffix))
                .map(event -> event.replace(suffix, "")).toList();
    }

    private static String id(String header) {
        return header == null ? "-" : header;
    }
}
