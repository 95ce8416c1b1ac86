package io.github.middlewaresignals.middleware.builtin;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TimingMiddlewareTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private static String seconds(long nanos, int decimals) {
        StringBuilder out = new StringBuilder();
        RequestStart.appendSeconds(out, nanos, decimals);
        return out.toString();
    }

    @Test
    void formatsSecondsWithFourDecimals() {
        assertThat(seconds(12_345_678, 4)).isEqualTo("0.0123s");
        assertThat(seconds(0, 4)).isEqualTo("0.0000s");
        assertThat(seconds(49_999, 4)).isEqualTo("0.0000s");
        assertThat(seconds(50_000, 4)).isEqualTo("0.0001s");
        assertThat(seconds(1_000_000, 4)).isEqualTo("0.0010s");
        assertThat(seconds(1_500_000_000, 4)).isEqualTo("1.5000s");
        assertThat(seconds(123_456_789_000L, 4)).isEqualTo("123.4568s");
        assertThat(seconds(4_200_000, 3)).isEqualTo("0.004s");
    }

    @Test
    void setsTheDurationHeaderInProcessResponse() {
        TimingMiddleware timing = new TimingMiddleware(TimingMiddleware.DEFAULT_HEADER_NAME);
        timing.preHandle(request, response, null);
        timing.processResponse(request, response, null);
        assertThat(response.getHeader("X-Request-Duration")).matches("\\d+\\.\\d{4}s");
    }

    @Test
    void measuresFromTheFirstPreHandleOfTheRequest() {
        TimingMiddleware timing = new TimingMiddleware(TimingMiddleware.DEFAULT_HEADER_NAME);
        request.setAttribute(RequestStart.ATTRIBUTE, System.nanoTime() - 3_000_000_000L);
        timing.preHandle(request, response, null);
        timing.processResponse(request, response, null);
        assertThat(Double.parseDouble(response.getHeader("X-Request-Duration").replace("s", "")))
                .isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void usesTheConfiguredHeaderName() {
        TimingMiddleware timing = new TimingMiddleware("Server-Timing-Total");
        timing.preHandle(request, response, null);
        timing.processResponse(request, response, null);
        assertThat(response.getHeader("Server-Timing-Total")).matches("\\d+\\.\\d{4}s");
        assertThat(response.containsHeader("X-Request-Duration")).isFalse();
    }

    @Test
    void setsTheHeaderInAfterCompletionWhenTheResponseIsStillOpen() {
        TimingMiddleware timing = new TimingMiddleware(TimingMiddleware.DEFAULT_HEADER_NAME);
        timing.preHandle(request, response, null);
        timing.afterCompletion(request, response, null, new IllegalStateException());
        assertThat(response.getHeader("X-Request-Duration")).matches("\\d+\\.\\d{4}s");
    }

    @Test
    void leavesACommittedResponseAlone() {
        TimingMiddleware timing = new TimingMiddleware(TimingMiddleware.DEFAULT_HEADER_NAME);
        timing.preHandle(request, response, null);
        response.setCommitted(true);
        timing.afterCompletion(request, response, null, null);
        assertThat(response.containsHeader("X-Request-Duration")).isFalse();
    }
}
