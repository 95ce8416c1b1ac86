package io.github.middlewaresignals.middleware.builtin;

import java.util.UUID;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdMiddlewareTest {

    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private final RequestIdMiddleware requestId = new RequestIdMiddleware(RequestIdSettings.DEFAULTS);

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    private String idFor(String incoming) {
        if (incoming != null) {
            request.addHeader("X-Request-ID", incoming);
        }
        requestId.preHandle(request, response, null);
        return response.getHeader("X-Request-ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "7", ".", "_", ":", "-", "abc-DEF_123.456:789",
            "0f8fad5b-d9cb-469f-a165-70867728950e"})
    void keepsASafeIncomingId(String incoming) {
        assertThat(idFor(incoming)).isEqualTo(incoming);
        assertThat(RequestIdMiddleware.requestId(request)).isEqualTo(incoming);
    }

    @Test
    void keepsAnIdOfExactlyTheMaximumLength() {
        String longest = "a".repeat(128);
        assertThat(idFor(longest)).isEqualTo(longest);
    }

    @Test
    void replacesAnIdOneCharacterTooLong() {
        assertThat(idFor("a".repeat(129))).matches(UUID_V4);
    }

    @Test
    void replacesAnEmptyId() {
        assertThat(idFor("")).matches(UUID_V4);
    }

    @Test
    void makesAnIdWhenNoneCame() {
        assertThat(idFor(null)).matches(UUID_V4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a/b", "a+b", "a=b", "a@b", "a,b", "a;b", "a\"b", "a'b", "a<b>", "a%0Ab", "a\\b",
            "a\nb", "a\rb", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b", "a\u2028b", "\u00e9", "\u65e5", "a*b", "a#b"})
    void replacesAnIdWithAnyUnsafeCharacter(String incoming) {
        assertThat(idFor(incoming)).matches(UUID_V4);
    }

    @Test
    void makesADifferentIdForEveryRequest() {
        String first = idFor(null);
        MockHttpServletRequest other = new MockHttpServletRequest();
        MockHttpServletResponse otherResponse = new MockHttpServletResponse();
        requestId.preHandle(other, otherResponse, null);
        assertThat(otherResponse.getHeader("X-Request-ID")).matches(UUID_V4).isNotEqualTo(first);
        assertThat(UUID.fromString(first).version()).isEqualTo(4);
        assertThat(UUID.fromString(first).variant()).isEqualTo(2);
    }

    @Test
    void exposesTheIdAsAttributeAndInTheMdcWhileHandling() {
        String id = idFor("abc");
        assertThat(request.getAttribute(RequestIdMiddleware.ATTRIBUTE)).isEqualTo(id);
        assertThat(MDC.get("requestId")).isEqualTo("abc");
        requestId.processResponse(request, response, null);
        requestId.afterCompletion(request, response, null, null);
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void takesTheIdOffTheContainerThreadWhenAsyncHandlingStarts() {
        idFor("abc");
        requestId.afterConcurrentHandlingStarted(request, response, null);
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void putsTheIdBackForTheAfterHooksOfAnAsyncDispatch() {
        idFor("abc");
        request.setAsyncStarted(true);
        requestId.afterConcurrentHandlingStarted(request, response, null);
        assertThat(MDC.get("requestId")).isNull();
        request.setAsyncStarted(false);
        request.setDispatcherType(DispatcherType.ASYNC);
        requestId.processResponse(request, response, null);
        assertThat(MDC.get("requestId")).isEqualTo("abc");
        requestId.afterCompletion(request, response, null, null);
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void leavesTheMdcOfAWorkerThreadThatWritesAStreamedBodyAlone() {
        idFor("abc");
        MDC.remove("requestId");
        request.setAsyncStarted(true);
        requestId.processResponse(request, response, null);
        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void keepsTheSameIdWhenPreHandleRunsAgain() {
        String id = idFor(null);
        requestId.preHandle(request, response, null);
        assertThat(response.getHeader("X-Request-ID")).isEqualTo(id);
    }

    @Test
    void echoesTheIdAgainWhenTheResponseLostIt() {
        String id = idFor(null);
        response.reset();
        requestId.processResponse(request, response, null);
        assertThat(response.getHeader("X-Request-ID")).isEqualTo(id);
    }

    @Test
    void honoursHeaderNameMaxLengthAndMdcKey() {
        RequestIdMiddleware custom = new RequestIdMiddleware(new RequestIdSettings("X-Correlation-ID", 4, true, "correlationId"));
        request.addHeader("X-Correlation-ID", "abcd");
        custom.preHandle(request, response, null);
        assertThat(response.getHeader("X-Correlation-ID")).isEqualTo("abcd");
        assertThat(MDC.get("correlationId")).isEqualTo("abcd");
        assertThat(response.containsHeader("X-Request-ID")).isFalse();

        MockHttpServletRequest tooLong = new MockHttpServletRequest();
        tooLong.addHeader("X-Correlation-ID", "abcde");
        MockHttpServletResponse tooLongResponse = new MockHttpServletResponse();
        custom.preHandle(tooLong, tooLongResponse, null);
        assertThat(tooLongResponse.getHeader("X-Correlation-ID")).matches(UUID_V4);
    }

    @Test
    void ignoresIncomingIdsWhenToldTo() {
        RequestIdMiddleware edge = new RequestIdMiddleware(new RequestIdSettings("X-Request-ID", 128, false, "requestId"));
        request.addHeader("X-Request-ID", "chosen-by-client");
        edge.preHandle(request, response, null);
        assertThat(response.getHeader("X-Request-ID")).matches(UUID_V4);
    }
}
