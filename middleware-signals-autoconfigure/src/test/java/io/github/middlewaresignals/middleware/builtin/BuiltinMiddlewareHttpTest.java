package io.github.middlewaresignals.middleware.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The four built-ins listed in middleware.order, over real HTTP on embedded Tomcat. */
@SpringBootTest(classes = BuiltinMiddlewareHttpTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "middleware.order=security-headers,request-id,request-logging,timing",
                "middleware.security-headers.hsts-seconds=3600",
                "middleware.request-logging.include-headers=User-Agent",
                "server.forward-headers-strategy=native",
                "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ExtendWith(OutputCaptureExtension.class)
class BuiltinMiddlewareHttpTest {

    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "Referrer-Policy",
            "Cross-Origin-Opener-Policy", "X-Frame-Options");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    private CapturedLog requestLog;

    /** Once the context has started: starting it may reset Logback, which drops appenders added before. */
    @BeforeEach
    void startCapturing() {
        requestLog = new CapturedLog(RequestLoggingMiddleware.DEFAULT_LOGGER_NAME);
    }

    @AfterEach
    void stopCapturing() {
        requestLog.close();
    }

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request line is written after the response went out, so wait for it. */
    private static String awaitLogLine(CapturedOutput output, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<String> lines = output.getOut().lines()
                    .filter(line -> line.contains("method=") && line.contains(marker)).toList();
            if (!lines.isEmpty()) {
                assertThat(lines).as("request lines for %s", marker).hasSize(1);
                return lines.get(0);
            }
            Thread.sleep(20);
        }
        return fail("no request line containing " + marker + " in:\n" + output.getOut());
    }

    /**
     * The request id in the MDC when the request line was logged. Read from the logging event, not
     * the console: Boot configures the console pattern once per JVM, from whichever test context
     * initialised logging first, so this class's own pattern may not be the one in force.
     */
    private String requestIdLoggedWith(String marker) {
        return requestLog.events().stream().filter(event -> event.getFormattedMessage().contains(marker))
                .map(event -> event.getMDCPropertyMap().get("requestId")).findFirst().orElseThrow();
    }

    /** Sends the request line and headers byte for byte as written, so Tomcat gets escapes no client would fix. */
    private String rawGet(String pathAndQuery, String... headers) throws IOException {
        StringBuilder raw = new StringBuilder("GET ").append(pathAndQuery).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String header : headers) {
            raw.append(header).append("\r\n");
        }
        raw.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The level Spring Boot's console pattern prints before the logger name. */
    private static String levelOf(String line) {
        return line.substring(0, line.indexOf("method=")).replaceAll(".*?\\b(TRACE|DEBUG|INFO|WARN|ERROR)\\b.*", "$1");
    }

    private static String marker() {
        return "case=" + UUID.randomUUID();
    }

    private static void assertEveryHeader(HttpResponse<?> response) {
        SECURITY_HEADERS.forEach(name -> assertThat(response.headers().firstValue(name)).as(name).isPresent());
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
        assertThat(response.headers().firstValue("X-Request-Duration"))
                .hasValueSatisfying(duration -> assertThat(duration).matches("\\d+\\.\\d{4}s"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void everyHeaderArrivesForAStringHandler(CapturedOutput output) throws Exception {
        String marker = marker();
        HttpResponse<String> response = get("/text?" + marker);
        assertThat(response.statusCode()).isEqualTo(200);
        assertEveryHeader(response);
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        String id = response.headers().firstValue("X-Request-ID").orElseThrow();
        assertThat(id).matches(UUID_V4);
        assertThat(response.body()).isEqualTo("text rid=" + id);
        assertThat(awaitLogLine(output, marker))
                .matches(".*method=GET path=/text\\?" + marker
                        + " status=200 duration=\\d+\\.\\d{3}s ip=127\\.0\\.0\\.1 header\\.user-agent=\"Java-http-client/.*\"");
        assertThat(requestIdLoggedWith(marker)).isEqualTo(id);
    }

    @Test
    void everyHeaderArrivesForAResponseEntityHandlerWhichKeepsItsOwnFrameOptions(CapturedOutput output)
            throws Exception {
        String marker = marker();
        HttpResponse<String> response = get("/entity?" + marker);
        assertThat(response.statusCode()).isEqualTo(201);
        assertEveryHeader(response);
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(awaitLogLine(output, marker)).contains("method=GET path=/entity?" + marker + " status=201 duration=");
    }

    @Test
    void everyHeaderArrivesForAnAsyncHandlerAndTheDurationCoversTheAsyncWork(CapturedOutput output)
            throws Exception {
        String marker = marker();
        HttpResponse<String> response = get("/async?" + marker, "X-Request-ID", "async-1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("async");
        assertEveryHeader(response);
        assertThat(response.headers().firstValue("X-Request-ID")).hasValue("async-1");
        double seconds = Double.parseDouble(response.headers().firstValue("X-Request-Duration").orElseThrow()
                .replace("s", ""));
        assertThat(seconds).isGreaterThanOrEqualTo(App.ASYNC_DELAY_MILLIS / 1000.0);
        String line = awaitLogLine(output, marker);
        assertThat(line).contains("method=GET path=/async?" + marker + " status=200 duration=");
        assertThat(requestIdLoggedWith(marker)).isEqualTo("async-1");
        double logged = Double.parseDouble(line.replaceAll(".* duration=([0-9.]+)s.*", "$1"));
        assertThat(logged).isGreaterThanOrEqualTo(App.ASYNC_DELAY_MILLIS / 1000.0 - 0.0005);
    }

    @Test
    void echoesASafeIncomingRequestId() throws Exception {
        String incoming = "abc-DEF_123.456:" + "x".repeat(112);
        assertThat(incoming).hasSize(128);
        HttpResponse<String> response = get("/text", "X-Request-ID", incoming);
        assertThat(response.headers().firstValue("X-Request-ID")).hasValue(incoming);
        assertThat(response.body()).isEqualTo("text rid=" + incoming);
    }

    @Test
    void replacesAnUnsafeOrTooLongRequestId() throws Exception {
        for (String incoming : List.of("x".repeat(129), "a/b", "a b", "<script>", "a%0Ab")) {
            HttpResponse<String> response = get("/text", "X-Request-ID", incoming);
            assertThat(response.headers().firstValue("X-Request-ID")).as(incoming)
                    .hasValueSatisfying(id -> assertThat(id).matches(UUID_V4));
        }
    }

    @Test
    void masksSecretsInTheLoggedQuery(CapturedOutput output) throws Exception {
        String marker = marker();
        get("/text?" + marker + "&user=bob&password=hunter2&API_KEY=k1&token=t1&token=t2");
        assertThat(awaitLogLine(output, marker))
                .contains("path=/text?" + marker + "&user=bob&password=***&API_KEY=***&token=***&token=***")
                .doesNotContain("hunter2", "k1", "t1", "t2");
    }

    @Test
    void logsAnUnhandledExceptionWithStatus500AtErrorWithoutForgingALine(CapturedOutput output) throws Exception {
        String marker = marker();
        HttpResponse<String> response = get("/boom?" + marker);
        assertThat(response.statusCode()).isEqualTo(500);
        String line = awaitLogLine(output, marker);
        assertThat(levelOf(line)).isEqualTo("ERROR");
        // one line, ending with the message's line break escaped; a forged second line would end it at "boom"
        assertThat(line).contains("method=GET path=/boom?" + marker + " status=500 duration=")
                .endsWith(" exception=java.lang.IllegalStateException: boom\\nmethod=GET path=/forged");
    }

    @Test
    void logsClientErrorsWithTheirStatusAtInfo(CapturedOutput output) throws Exception {
        String marker = marker();
        assertThat(get("/no-such-page?" + marker).statusCode()).isEqualTo(404);
        String line = awaitLogLine(output, marker);
        assertThat(levelOf(line)).isEqualTo("INFO");
        assertThat(line).contains("method=GET path=/no-such-page?" + marker + " status=404 duration=");
    }

    @Test
    void keepsAMaskedValueOutOfTheLineWhenTomcatCannotDecodeTheParameters(CapturedOutput output) throws Exception {
        String marker = marker();
        String answer = rawGet("/param?" + marker + "&password=hunter2%zz&token=t0k%2");
        assertThat(answer).startsWith("HTTP/1.1 400 ");
        String line = awaitLogLine(output, marker);
        assertThat(levelOf(line)).isEqualTo("INFO");
        assertThat(line).contains("path=/param?" + marker + "&password=***&token=*** status=400 duration=")
                .contains(" exception=")
                .doesNotContain("hunter2", "t0k");
    }

    @Test
    void masksMatrixParametersLikeQueryParameters(CapturedOutput output) throws Exception {
        String marker = marker();
        String answer = rawGet("/text;password=hunter2;page=2?" + marker);
        assertThat(answer).startsWith("HTTP/1.1 200 ");
        assertThat(awaitLogLine(output, marker)).contains("path=/text;password=***;page=2?" + marker + " status=200")
                .doesNotContain("hunter2");
    }

    @Test
    void addsTheExceptionThatAnExceptionHandlerTurnedIntoA5xx(CapturedOutput output) throws Exception {
        String marker = marker();
        HttpResponse<String> response = get("/unavailable?" + marker);
        assertThat(response.statusCode()).isEqualTo(503);
        assertEveryHeader(response);
        assertThat(awaitLogLine(output, marker)).contains("method=GET path=/unavailable?" + marker + " status=503 duration=")
                .contains(" exception=" + App.Unavailable.class.getName() + ": database down");
    }

    @Test
    void escapesControlCharactersThatTomcatLetsThroughInHeaders(CapturedOutput output) throws Exception {
        String marker = marker();
        assertThat(rawGet("/text?" + marker, "User-Agent: a\tb\u0085c\u009bd")).startsWith("HTTP/1.1 200");
        assertThat(awaitLogLine(output, marker)).endsWith(" header.user-agent=\"a\\tb\\u0085c\\u009bd\"");
    }

    @Test
    void sendsHstsOnlyOnSecureRequests(CapturedOutput output) throws Exception {
        String marker = marker();
        HttpResponse<String> secure = get("/text?" + marker, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.9");
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=3600");
        assertThat(awaitLogLine(output, marker)).contains(" ip=203.0.113.9");
        assertThat(get("/text").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(App.Endpoints.class)
    static class App {

        static final long ASYNC_DELAY_MILLIS = 300;

        @RestController
        static class Endpoints {

            @GetMapping("/text")
            String text() {
                return "text rid=" + MDC.get("requestId");
            }

            @GetMapping("/entity")
            ResponseEntity<String> entity() {
                return ResponseEntity.status(201).header("X-Frame-Options", "SAMEORIGIN").body("entity");
            }

            @GetMapping("/async")
            CompletableFuture<String> async() {
                return CompletableFuture.supplyAsync(() -> "async",
                        CompletableFuture.delayedExecutor(ASYNC_DELAY_MILLIS, TimeUnit.MILLISECONDS));
            }

            @GetMapping("/param")
            String param(@RequestParam(required = false) String q) {
                return "q=" + q;
            }

            @GetMapping("/boom")
            String boom() {
                throw new IllegalStateException("boom\nmethod=GET path=/forged");
            }

            @GetMapping("/unavailable")
            String unavailable() {
                throw new Unavailable("database down");
            }

            @ExceptionHandler
            ResponseEntity<String> handle(Unavailable ex) {
                return ResponseEntity.status(503).body("try later");
            }
        }

        static class Unavailable extends RuntimeException {

            Unavailable(String message) {
                super(message);
            }
        }
    }
}
