package io.github.middlewaresignals.request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.middlewaresignals.middleware.MiddlewareChain;
import io.github.middlewaresignals.signal.Receiver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

/** The request signals need no middleware: an application with an empty chain sends them too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSignalsWithoutMiddlewareHttpTest {

    static final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RequestSignals signals;

    @Autowired
    MiddlewareChain chain;

    @Autowired
    ServletWebServerApplicationContext context;

    final List<String> sent = new CopyOnWriteArrayList<>();
    final Receiver<RequestStarted> started = (sender, event) -> sent.add("started " + path(event.request()));
    final Receiver<RequestFinished> finished = (sender, event) -> sent.add("finished " + path(event.request()));
    final Receiver<GotRequestException> failed = (sender, event) -> sent.add("exception " + path(event.request())
            + " " + event.exception().getMessage());

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
    void sendsStartedAndFinishedOncePerRequest() throws Exception {
        assertThat(chain.isEmpty()).isTrue();
        assertThat(get("/ok").statusCode()).isEqualTo(200);

        assertThat(awaitFinished("/ok")).containsExactly("started /ok", "finished /ok");
    }

    @Test
    void sendsGotRequestExceptionForAnExceptionThatEndsInA5xx() throws Exception {
        assertThat(get("/fails").statusCode()).isEqualTo(500);

        assertThat(awaitFinished("/fails")).containsExactly("started /fails", "exception /fails broken", "finished /fails");
    }

    @Test
    void sendsNoGotRequestExceptionWhenTheExceptionIsHandledBelow500() throws Exception {
        assertThat(get("/handled").statusCode()).isEqualTo(409);

        assertThat(awaitFinished("/handled")).containsExactly("started /handled", "finished /handled");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/ok        | 200 | started /ok, finished /ok",
            "/later     | 200 | started /later, finished /later",
            "/fails     | 500 | started /fails, exception /fails broken, finished /fails",
            "/missing   | 404 | started /missing, finished /missing",
            "/not-found | 404 | started /not-found, finished /not-found",
    })
    void sendsEachSignalOnceAlsoForAsyncRequestsAndErrorPages(String path, int status, String expected)
            throws Exception {
        // the server closes this connection only when it is done with the request, error page or async work included
        assertThat(ClosingConnection.get(port, path)).isEqualTo(status);

        assertThat(awaitFinished(path)).containsExactly(expected.split(", "));
    }

    @Test
    void registersNoServletRequestListenerSinceAnyListenerMakesTomcatAnnounceEveryAttributeChange() {
        assertThat(context.getBeansOfType(ServletListenerRegistrationBean.class)).isEmpty();
        Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        for (Container child : tomcat.getHost().findChildren()) {
            assertThat(((Context) child).getApplicationEventListeners()).isEmpty();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> awaitFinished(String path) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sent.contains("finished " + path) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return sent.stream().filter(event -> event.contains(" " + path)).toList();
    }

    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return original != null ? original.toString() : request.getRequestURI();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(PlainController.class)
    static class PlainApplication {
    }

    @RestController
    static class PlainController {

        @GetMapping("/ok")
        String ok() {
            return "ok";
        }

        @GetMapping("/fails")
        String fails() {
            throw new IllegalStateException("broken");
        }

        @GetMapping("/handled")
        String handled() {
            throw new UnsupportedOperationException("conflict");
        }

        @GetMapping("/later")
        Callable<String> later() {
            return () -> "later";
        }

        @GetMapping("/missing")
        String missing() {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such thing");
        }

        @GetMapping("/not-found")
        void notFound(HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }

        @ExceptionHandler(UnsupportedOperationException.class)
        @ResponseStatus(HttpStatus.CONFLICT)
        String conflict() {
            return "conflict";
        }
    }
}
