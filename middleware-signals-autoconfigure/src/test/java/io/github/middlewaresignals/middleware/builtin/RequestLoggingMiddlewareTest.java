package io.github.middlewaresignals.middleware.builtin;

import java.util.List;

import ch.qos.logback.classic.Level;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class RequestLoggingMiddlewareTest {

    private final CapturedLog log = new CapturedLog(RequestLoggingMiddleware.DEFAULT_LOGGER_NAME);

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void detach() {
        log.close();
    }

    private String logOne(RequestLoggingMiddleware middleware, MockHttpServletRequest request, Exception ex) {
        middleware.preHandle(request, response, null);
        middleware.afterCompletion(request, response, null, ex);
        assertThat(log.events()).hasSize(1);
        assertThat(log.events().get(0).getLevel()).isEqualTo(Level.INFO);
        return log.messages().get(0);
    }

    private String logOne(MockHttpServletRequest request) {
        return logOne(new RequestLoggingMiddleware(new RequestLoggingProperties()), request, null);
    }

    private static MockHttpServletRequest get(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        request.setRemoteAddr("127.0.0.1");
        return request;
    }

    @Test
    void writesTheSeedFormat() {
        response.setStatus(200);
        assertThat(logOne(get("/a", "b=1")))
                .matches("method=GET path=/a\\?b=1 status=200 duration=\\d+\\.\\d{3}s ip=127\\.0\\.0\\.1");
    }

    @Test
    void leavesOutTheQuestionMarkWithoutQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/orders");
        request.setRemoteAddr("10.0.0.7");
        response.setStatus(201);
        assertThat(logOne(request)).matches("method=POST path=/orders status=201 duration=\\d+\\.\\d{3}s ip=10\\.0\\.0\\.7");
    }

    @Test
    void logsAnUnhandledExceptionInsteadOfTheStatus() {
        String line = logOne(new RequestLoggingMiddleware(new RequestLoggingProperties()), get("/boom", null),
                new IllegalStateException("it broke"));
        assertThat(line).matches("method=GET path=/boom exception=java\\.lang\\.IllegalStateException: it broke "
                + "duration=\\d+\\.\\d{3}s ip=127\\.0\\.0\\.1");
    }

    @Test
    void logsAnExceptionWithoutMessageByItsClass() {
        String line = logOne(new RequestLoggingMiddleware(new RequestLoggingProperties()), get("/boom", null),
                new NullPointerException());
        assertThat(line).contains(" exception=java.lang.NullPointerException duration=");
    }

    @Test
    void addsTheExceptionThatAResolverTurnedIntoA5xx() {
        MockHttpServletRequest request = get("/boom", null);
        request.setAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE, new IllegalArgumentException("bad"));
        response.setStatus(500);
        assertThat(logOne(request)).matches("method=GET path=/boom status=500 duration=\\d+\\.\\d{3}s "
                + "ip=127\\.0\\.0\\.1 exception=java\\.lang\\.IllegalArgumentException: bad");
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
    void forgedLineBreaksNeverStartASecondLine() {
        MockHttpServletRequest request = get("/a\nmethod=GET path=/admin status=200", "q=1\r\nmethod=FAKE\u2028x\u0085y");
        request.setMethod("GET\n");
        request.addHeader("User-Agent", "curl\nmethod=GET path=/forged");
        RequestLoggingProperties properties = new RequestLoggingProperties();
        properties.setIncludeHeaders(List.of("User-Agent"));
        String line = logOne(new RequestLoggingMiddleware(properties), request,
                new IllegalStateException("bad\ninput\tmethod=GET"));
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u0085", "\t")
                .startsWith("method=GET\\n path=/a\\nmethod=GET path=/admin status=200?q=1\\r\\nmethod=FAKE\\u2028x\\u0085y ")
                .contains("exception=java.lang.IllegalStateException: bad\\ninput\\tmethod=GET duration=")
                .endsWith(" header.user-agent=\"curl\\nmethod=GET path=/forged\"");
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
        RequestLoggingProperties properties = new RequestLoggingProperties();
        properties.setIncludeHeaders(List.of("User-Agent", "X-Forwarded-For", "Authorization", "X-Absent"));
        MockHttpServletRequest request = get("/", null);
        request.addHeader("User-Agent", "Mozilla/5.0 (\"quoted\")");
        request.addHeader("X-Forwarded-For", "1.2.3.4");
        request.addHeader("X-Forwarded-For", "5.6.7.8");
        request.addHeader("authorization", "Bearer s3cr3t");
        response.setStatus(200);
        String line = logOne(new RequestLoggingMiddleware(properties), request, null);
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
        RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(new RequestLoggingProperties());
        middleware.afterCompletion(get("/", null), response, null, null);
        assertThat(log.messages()).singleElement().asString().contains(" duration=- ");
    }

    @Test
    void measuresFromTheFirstMarkSoAsyncWorkCounts() {
        RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(new RequestLoggingProperties());
        MockHttpServletRequest request = get("/slow", null);
        request.setAttribute(RequestStart.ATTRIBUTE, System.nanoTime() - 2_000_000_000L);
        middleware.preHandle(request, response, null);
        middleware.afterCompletion(request, response, null, null);
        String duration = log.messages().get(0).replaceAll(".* duration=([0-9.]+)s .*", "$1");
        assertThat(Double.parseDouble(duration)).isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void writesToTheConfiguredLogger() {
        RequestLoggingProperties properties = new RequestLoggingProperties();
        properties.setLoggerName("access");
        try (CapturedLog access = new CapturedLog("access")) {
            RequestLoggingMiddleware middleware = new RequestLoggingMiddleware(properties);
            middleware.preHandle(get("/", null), response, null);
            middleware.afterCompletion(get("/", null), response, null, null);
            assertThat(access.messages()).singleElement().asString().startsWith("method=GET path=/ ");
        }
        assertThat(log.events()).isEmpty();
    }

    @Test
    void defaultLoggerNameIsTheDocumentedOne() {
        assertThat(new RequestLoggingProperties().getLoggerName())
                .isEqualTo(RequestLoggingMiddleware.DEFAULT_LOGGER_NAME)
                .isEqualTo(RequestLoggingMiddleware.class.getName());
    }

    @Test
    void rejectsABadIncludedHeaderName() {
        RequestLoggingProperties properties = new RequestLoggingProperties();
        properties.setIncludeHeaders(List.of("User-Agent", "Bad Header"));
        assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
                .isThrownBy(() -> new RequestLoggingMiddleware(properties))
                .satisfies(ex -> assertThat(ex.getName()).isEqualTo("middleware.request-logging.include-headers[1]"));
    }
}
