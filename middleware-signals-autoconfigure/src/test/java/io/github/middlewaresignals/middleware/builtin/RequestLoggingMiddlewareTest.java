package io.github.middlewaresignals.middleware.builtin;

import java.util.List;

import ch.qos.logback.classic.Level;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingMiddlewareTest {

    private static final RequestLoggingSettings DEFAULTS = RequestLoggingSettings.DEFAULTS;

    private final CapturedLog log = new CapturedLog(RequestLoggingMiddleware.DEFAULT_LOGGER_NAME);

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void detach() {
        log.close();
    }

    private String logOne(RequestLoggingSettings settings, MockHttpServletRequest request, Exception ex) {
        RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(settings);
        middleware.preHandle(request, response, null);
        middleware.afterCompletion(request, response, null, ex);
        assertThat(log.events()).hasSize(1);
        return log.messages().get(0);
    }

    private String logOne(MockHttpServletRequest request) {
        return logOne(DEFAULTS, request, null);
    }

    private Level loggedLevel() {
        return log.events().get(0).getLevel();
    }

    private static MockHttpServletRequest get(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        request.setRemoteAddr("127.0.0.1");
        return request;
    }

    @Test
    void writesTheSeedFormatAtInfo() {
        response.setStatus(200);
        assertThat(logOne(get("/a", "b=1")))
                .matches("method=GET path=/a\\?b=1 status=200 duration=\\d+\\.\\d{3}s ip=127\\.0\\.0\\.1");
        assertThat(loggedLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void leavesOutTheQuestionMarkWithoutQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
        request.setRemoteAddr("10.0.0.7");
        response.setStatus(201);
        assertThat(logOne(request)).matches("method=POST path=/orders status=201 duration=\\d+\\.\\d{3}s ip=10\\.0\\.0\\.7");
    }

    @Test
    void logsAnUnhandledExceptionWithStatus500AtError() {
        String line = logOne(DEFAULTS, get("/boom", null), new IllegalStateException("it broke"));
        assertThat(line).matches("method=GET path=/boom status=500 duration=\\d+\\.\\d{3}s ip=127\\.0\\.0\\.1 "
                + "exception=java\\.lang\\.IllegalStateException: it broke");
        assertThat(loggedLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void logsTheStatusAlreadySentWhenAnExceptionComesAfterTheCommit() {
        response.setStatus(200);
        response.setCommitted(true);
        String line = logOne(DEFAULTS, get("/stream", null), new IllegalStateException("client went away"));
        assertThat(line).contains(" status=200 ").endsWith(" exception=java.lang.IllegalStateException: client went away");
        assertThat(loggedLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void logsServerErrorsAtTheConfiguredLevel() {
        logOne(DEFAULTS.withServerErrorLevel(org.slf4j.event.Level.WARN), get("/boom", null),
                new IllegalStateException("it broke"));
        assertThat(loggedLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void logsClientErrorsAtInfo() {
        response.setStatus(404);
        assertThat(logOne(get("/missing", null))).contains(" status=404 ");
        assertThat(loggedLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void logsAnExceptionWithoutMessageByItsClass() {
        String line = logOne(DEFAULTS, get("/boom", null), new NullPointerException());
        assertThat(line).endsWith(" exception=java.lang.NullPointerException");
    }

    @Test
    void addsTheExceptionThatAResolverTurnedIntoA5xxAtError() {
        MockHttpServletRequest request = get("/boom", null);
        request.setAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE, new IllegalArgumentException("bad"));
        response.setStatus(500);
        assertThat(logOne(request)).matches("method=GET path=/boom status=500 duration=\\d+\\.\\d{3}s "
                + "ip=127\\.0\\.0\\.1 exception=java\\.lang\\.IllegalArgumentException: bad");
        assertThat(loggedLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void addsTheExceptionOfAnErrorDispatch() {
        MockHttpServletRequest request = get("/error", null);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("late"));
        response.setStatus(503);
        assertThat(logOne(request)).contains("status=503").endsWith(" exception=java.lang.IllegalStateException: late");
    }

    @Test
    void leavesResolvedClientErrorsWithoutException() {
        MockHttpServletRequest request = get("/missing", null);
        request.setAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE, new IllegalArgumentException("no such thing"));
        response.setStatus(404);
        assertThat(logOne(request)).contains("status=404").doesNotContain("exception");
    }

    @Test
    void masksConfiguredQueryParameters() {
        response.setStatus(200);
        assertThat(logOne(get("/login", "user=bob&Password=hunter2&token=a&token=b&pass%77ord=c")))
                .contains("path=/login?user=bob&Password=***&token=***&token=***&pass%77ord=***")
                .doesNotContain("hunter2");
    }

    @Test
    void masksMatrixParametersLikeQueryParameters() {
        response.setStatus(200);
        assertThat(logOne(get("/users;password=hunter2;page=2/orders;TOKEN=abc", null)))
                .contains("path=/users;password=***;page=2/orders;TOKEN=*** status=200")
                .doesNotContain("hunter2", "abc");
    }

    @Test
    void keepsAMaskedValueOutOfTheExceptionMessage() {
        String line = logOne(DEFAULTS, get("/anything", "password=hunter2%zz&q=1"), new IllegalStateException(
                "Parameter [password] with value [hunter2%zz] could not be decoded; query was password=hunter2%zz&q=1"));
        assertThat(line).doesNotContain("hunter2")
                .contains("path=/anything?password=***&q=1 ")
                .endsWith("Parameter [password] with value [***] could not be decoded; query was password=***&q=1");
    }

    @Test
    void keepsTheDecodedFormOfAMaskedValueOutOfTheExceptionMessage() {
        String line = logOne(DEFAULTS, get("/a;secret=s%C3%A9same", "token=hunter+2%21"),
                new IllegalStateException("token hunter 2! and secret s\u00e9same"));
        assertThat(line).doesNotContain("hunter", "s\u00e9same", "sesame")
                .endsWith("exception=java.lang.IllegalStateException: token *** and secret ***");
    }

    @Test
    void keepsAMaskedValueOutOfLoggedHeaders() {
        MockHttpServletRequest request = get("/next", "api_key=k3y-123");
        request.addHeader("Referer", "https://example.com/start?api_key=k3y-123");
        response.setStatus(200);
        String line = logOne(DEFAULTS.withIncludeHeaders(List.of("Referer")), request, null);
        assertThat(line).doesNotContain("k3y-123")
                .endsWith(" header.referer=\"https://example.com/start?api_key=***\"");
    }

    @Test
    void forgedLineBreaksNeverStartASecondLine() {
        MockHttpServletRequest request = get("/a\nmethod=GET path=/admin status=200", "q=1\r\nmethod=FAKE\u2028x\u0085y");
        request.setMethod("GET\n");
        request.addHeader("User-Agent", "curl\nmethod=GET path=/forged");
        String line = logOne(DEFAULTS.withIncludeHeaders(List.of("User-Agent")), request,
                new IllegalStateException("bad\ninput\tmethod=GET"));
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u0085", "\t")
                .startsWith("method=GET\\n path=/a\\nmethod=GET path=/admin status=200?q=1\\r\\nmethod=FAKE\\u2028x\\u0085y ")
                .contains(" header.user-agent=\"curl\\nmethod=GET path=/forged\"")
                .endsWith(" exception=java.lang.IllegalStateException: bad\\ninput\\tmethod=GET");
    }

    @Test
    void forgedLineBreaksYieldOneLineOfOutput(CapturedOutput output) {
        response.setStatus(200);
        logOne(get("/x\nforged=1", "a=\n\rforged=2\u2028forged=3"));
        List<String> lines = output.getOut().lines().filter(line -> line.contains("forged")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("path=/x\\nforged=1?a=\\n\\rforged=2\\u2028forged=3");
    }

    @Test
    void appendsIncludedHeadersQuotedEscapedAndMasked() {
        MockHttpServletRequest request = get("/", null);
        request.addHeader("User-Agent", "Mozilla/5.0 (\"quoted\")");
        request.addHeader("X-Forwarded-For", "1.2.3.4");
        request.addHeader("X-Forwarded-For", "5.6.7.8");
        request.addHeader("authorization", "Bearer s3cr3t");
        response.setStatus(200);
        String line = logOne(DEFAULTS.withIncludeHeaders(List.of("User-Agent", "X-Forwarded-For", "Authorization",
                "X-Absent")), request, null);
        assertThat(line).endsWith(" ip=127.0.0.1 header.user-agent=\"Mozilla/5.0 (\\\"quoted\\\")\""
                + " header.x-forwarded-for=\"1.2.3.4, 5.6.7.8\" header.authorization=\"***\"")
                .doesNotContain("s3cr3t", "x-absent");
    }

    @Test
    void neverReadsTheBody() {
        MockHttpServletRequest request = get("/upload", null);
        request.setContent("password=hunter2".getBytes());
        response.setStatus(200);
        assertThat(logOne(request)).doesNotContain("hunter2");
    }

    @Test
    void writesADashForAMissingStart() {
        RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(DEFAULTS);
        middleware.afterCompletion(get("/", null), response, null, null);
        assertThat(log.messages()).singleElement().asString().contains(" duration=- ");
    }

    @Test
    void measuresFromTheFirstMarkSoAsyncWorkCounts() {
        RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(DEFAULTS);
        MockHttpServletRequest request = get("/slow", null);
        request.setAttribute(RequestStart.ATTRIBUTE, System.nanoTime() - 2_000_000_000L);
        middleware.preHandle(request, response, null);
        middleware.afterCompletion(request, response, null, null);
        String duration = log.messages().get(0).replaceAll(".* duration=([0-9.]+)s .*", "$1");
        assertThat(Double.parseDouble(duration)).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void writesToTheConfiguredLogger() {
        try (CapturedLog access = new CapturedLog("access")) {
            RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(DEFAULTS.withLoggerName("access"));
            middleware.preHandle(get("/", null), response, null);
            middleware.afterCompletion(get("/", null), response, null, null);
            assertThat(access.messages()).singleElement().asString().startsWith("method=GET path=/ ");
        }
        assertThat(log.events()).isEmpty();
    }

    @Test
    void writesNothingWhenTheLevelIsOff() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(RequestLoggingMiddleware.DEFAULT_LOGGER_NAME);
        Level before = logger.getLevel();
        logger.setLevel(Level.WARN);
        try {
            response.setStatus(200);
            RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(DEFAULTS);
            middleware.afterCompletion(get("/", null), response, null, null);
            middleware.afterCompletion(get("/boom", null), new MockHttpServletResponse(), null,
                    new IllegalStateException("boom"));
            assertThat(log.messages()).singleElement().asString().startsWith("method=GET path=/boom status=500 ");
        }
        finally {
            logger.setLevel(before);
        }
    }

    @Test
    void defaultLoggerNameIsTheClassName() {
        assertThat(RequestLoggingSettings.DEFAULTS.loggerName())
                .isEqualTo(RequestLoggingMiddleware.DEFAULT_LOGGER_NAME)
                .isEqualTo(RequestLoggingMiddleware.class.getName());
    }
}
