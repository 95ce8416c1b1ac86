package io.github.middlewaresignals.sample.slow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import io.github.middlewaresignals.sample.web.AuditMiddleware;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code GET /api/slow}: an async handler still passes through the whole chain, once. */
@ExtendWith(OutputCaptureExtension.class)
class SlowApiTest extends HttpTestSupport {

    @Test
    void answersAfterTheWaitThroughTheWholeChainOnce(CapturedOutput output) {
        String requestId = "slow-" + unique();

        HttpResponse<String> response = get("/api/slow?ms=250", "X-Request-ID", requestId);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("waitedMs").asLong()).isEqualTo(250);
        assertThat(response.headers().firstValue("X-Request-ID")).hasValue(requestId);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue(AuditMiddleware.SERVED_BY)).hasValue("middleware-signals-sample");
        // the timing covers the async wait, so it cannot be below the 250 ms the handler waited
        assertThat(response.headers().firstValue("X-Request-Duration"))
                .hasValueSatisfying(duration -> assertThat(Double.parseDouble(duration.replace("s", ""))).isGreaterThanOrEqualTo(0.25));
        assertThat(logLines(output, "method=GET path=/api/slow?ms=250 "))
                .singleElement().satisfies(line -> assertThat(line).contains("status=200"));
    }

    @Test
    void theLogLineOfAnAsyncRequestCarriesItsRequestId(CapturedOutput output) {
        String requestId = "slow-" + unique();

        get("/api/slow?ms=120", "X-Request-ID", requestId);

        assertThat(logLines(output, "method=GET path=/api/slow?ms=120 "))
                .singleElement().satisfies(line -> assertThat(line).contains("[" + requestId + "]"));
    }

    @Test
    void theWaitIsLimitedToFiveSeconds() {
        assertInvalid(get("/api/slow?ms=5001"), "ms", "must be less than or equal to 5000");
        assertInvalid(get("/api/slow?ms=-1"), "ms", "must be greater than or equal to 0");
        assertThat(get("/api/slow").statusCode()).isEqualTo(400);
        assertThat(get("/api/slow?ms=soon").statusCode()).isEqualTo(400);
    }
}
