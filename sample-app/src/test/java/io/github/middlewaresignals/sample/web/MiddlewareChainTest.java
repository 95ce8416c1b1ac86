package io.github.middlewaresignals.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * The middleware listed in {@code application.yml}, seen from a client: the built-in
 * security-headers, request-id, request-logging and timing, and {@link AuditMiddleware} given
 * by class name.
 */
@ExtendWith(OutputCaptureExtension.class)
class MiddlewareChainTest extends HttpTestSupport {

    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    private ApplicationContext context;

    @Test
    void securityHeadersAreOnEveryResponse() {
        assertSecurityHeaders(get("/api/notifications").headers());
        assertSecurityHeaders(get("/api/articles/no-such-article").headers());
        assertSecurityHeaders(post("/api/articles", map("title", "")).headers());
    }

    @Test
    void strictTransportSecurityIsOffByDefaultEvenOverHttps() {
        assertThat(get("/api/notifications", HTTPS_VIA_PROXY).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aValidIncomingRequestIdIsEchoed() {
        HttpResponse<String> response = get("/api/notifications", "X-Request-ID", "client-abc.123:x_y");

        assertThat(response.headers().firstValue("X-Request-ID")).hasValue("client-abc.123:x_y");
    }

    @Test
    void aRequestWithoutIdGetsAUuid() {
        assertThat(get("/api/notifications").headers().firstValue("X-Request-ID"))
                .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
        assertThat(get("/api/articles/no-such-article").headers().firstValue("X-Request-ID"))
                .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
    }

    @Test
    void anUnsafeIncomingRequestIdIsReplaced() {
        assertThat(get("/api/notifications", "X-Request-ID", "forged id\\nINFO fake").headers().firstValue("X-Request-ID"))
                .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
        assertThat(get("/api/notifications", "X-Request-ID", "a".repeat(129)).headers().firstValue("X-Request-ID"))
                .hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
    }

    @Test
    void timingAddsTheDurationInSeconds() {
        assertThat(get("/api/notifications").headers().firstValue("X-Request-Duration"))
                .hasValueSatisfying(duration -> assertThat(duration).matches("\\d+\\.\\d{4}s"));
    }

    @Test
    void theMiddlewareGivenByClassNameIsCreatedAutowiredAndRun() {
        assertThat(context.getBeanNamesForType(AuditMiddleware.class)).as("beans of type AuditMiddleware").isEmpty();
        assertThat(get("/api/notifications").headers().firstValue(AuditMiddleware.SERVED_BY)).hasValue("middleware-signals-sample");
        assertThat(post("/api/orders/999999/complete").headers().firstValue(AuditMiddleware.SERVED_BY)).hasValue("middleware-signals-sample");
    }

    @Test
    void theAuditMiddlewareLogsWritesButNotReadsAfterTheHandler(CapturedOutput output) {
        get("/api/orders/999998");
        post("/api/orders/999998/refund");

        assertThat(logLines(output, "POST /api/orders/999998/refund status=404 handler=OrderController#refund")).hasSize(1);
        assertThat(output.getOut()).doesNotContain("GET /api/orders/999998 status=");
    }

    @Test
    void requestLoggingWritesOneLineWithTheRequestIdAndMasksSecrets(CapturedOutput output) {
        String probe = unique();
        String requestId = "log-" + probe;

        get("/api/articles/no-such-article?probe=" + probe + "&token=s3cret", "X-Request-ID", requestId);

        String expected = "method=GET path=/api/articles/no-such-article?probe=" + probe + "&token=*** status=404 duration=";
        assertThat(logLines(output, expected))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("[" + requestId + "]").contains(" ip=127.0.0.1").doesNotContain("s3cret"));
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
