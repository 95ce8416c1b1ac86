package io.github.middlewaresignals.request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    RequestSignalRecorder recorder;

    @BeforeEach
    void connect() {
        recorder = new RequestSignalRecorder(signals, RequestSignalsWithoutMiddlewareHttpTest::path);
        recorder.connect();
    }

    @AfterEach
    void disconnect() {
        recorder.disconnect();
    }

    @Test
    void sendsStartedAndFinishedOncePerRequest() throws Exception {
        assertThat(chain.isEmpty()).isTrue();
        assertThat(get("/ok").statusCode()).isEqualTo(200);

        assertThat(recorder.awaitFinished("/ok")).containsExactly("started", "finished");
    }

    @Test
    void aMonitorWatchingEverySendSeesTheRequestSignalsWithoutAnyReceiver() throws Exception {
        recorder.disconnect();
        List<String> seen = new CopyOnWriteArrayList<>();
        SignalMonitor monitor = new SignalMonitor() {
            @Override
            public boolean watchesUnheardSends() {
                return true;
            }

            @Override
            public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
                seen.add(signal);
                return null;
            }
        };
        signals.requestStarted().addMonitor(monitor);
        signals.requestFinished().addMonitor(monitor);
        try {
            assertThat(get("/ok").statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(RequestSignals.REQUEST_FINISHED));
            assertThat(seen).containsExactly(RequestSignals.REQUEST_STARTED, RequestSignals.REQUEST_FINISHED);
        }
        finally {
            signals.requestStarted().removeMonitor(monitor);
            signals.requestFinished().removeMonitor(monitor);
        }
    }

    @Test
    void sendsGotRequestExceptionForAnExceptionThatEndsInA5xx() throws Exception {
        assertThat(get("/fails").statusCode()).isEqualTo(500);

        assertThat(recorder.awaitFinished("/fails")).containsExactly("started", "exception broken", "finished");
    }

    @Test
    void sendsNoGotRequestExceptionWhenTheExceptionIsHandledBelow500() throws Exception {
        assertThat(get("/handled").statusCode()).isEqualTo(409);

        assertThat(recorder.awaitFinished("/handled")).containsExactly("started", "finished");
    }

    @Test
    void sendsNoGotRequestExceptionForAParameterTomcatAnswersWith400() throws Exception {
        assertThat(ClosingConnection.get(port, "/param?q=%zz")).isEqualTo(400);

        assertThat(recorder.awaitFinished("/param")).containsExactly("started", "finished");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/ok        | 200 | started, finished",
            "/later     | 200 | started, finished",
            "/fails     | 500 | started, exception broken, finished",
            "/missing   | 404 | started, finished",
            "/not-found | 404 | started, finished",
    })
    void sendsEachSignalOnceAlsoForAsyncRequestsAndErrorPages(String path, int status, String expected)
            throws Exception {
        // the server closes this connection only when it is done with the request, error page or async work included
        assertThat(ClosingConnection.get(port, path)).isEqualTo(status);

        assertThat(recorder.awaitFinished(path)).containsExactly(expected.split(", "));
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

        @GetMapping("/param")
        String param(@RequestParam String q) {
            return q;
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
