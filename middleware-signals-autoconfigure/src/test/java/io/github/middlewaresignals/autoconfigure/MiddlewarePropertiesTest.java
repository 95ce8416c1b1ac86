package io.github.middlewaresignals.autoconfigure;

import java.util.List;
import io.github.middlewaresignals.middleware.builtin.RequestIdSettings;
import io.github.middlewaresignals.middleware.builtin.RequestLoggingSettings;
import io.github.middlewaresignals.middleware.builtin.SecurityHeadersSettings;
import io.github.middlewaresignals.middleware.builtin.TimingMiddleware;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each setter refuses a bad value with a message that names the property, the value and what to write instead. */
class MiddlewarePropertiesTest {

    private final MiddlewareProperties properties = new MiddlewareProperties();

    @Test
    void theDefaultsAreThoseOfTheBuiltinsSettings() {
        assertThat(properties.getRequestLogging().toSettings()).isEqualTo(RequestLoggingSettings.DEFAULTS);
        assertThat(properties.getRequestId().toSettings()).isEqualTo(RequestIdSettings.DEFAULTS);
        assertThat(properties.getSecurityHeaders().toSettings()).isEqualTo(SecurityHeadersSettings.DEFAULTS);
        assertThat(properties.getTiming().getHeaderName()).isEqualTo(TimingMiddleware.DEFAULT_HEADER_NAME);
    }

    @Test
    void refusesAHeaderNameThatIsNoToken() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties.getTiming().setHeaderName("X-Took: 1\r\nX-Evil"))
                .withMessage("middleware.timing.header-name is no header name, was 'X-Took: 1\r\nX-Evil': write only"
                        + " letters, digits and !#$%&'*+-.^_`|~ (no spaces, colons or control characters).");
        assertThatIllegalArgumentException().isThrownBy(() -> properties.getRequestId().setHeaderName(""))
                .withMessage("middleware.request-id.header-name must name a header, was '': write a header name,"
                        + " or remove the property to use the default.");
    }

    @Test
    void refusesABadIncludedHeaderNamingItsIndex() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties.getRequestLogging().setIncludeHeaders(List.of("User-Agent", "Bad Header")))
                .withMessageStartingWith("middleware.request-logging.include-headers[1] is no header name, was 'Bad Header'");
        assertThat(properties.getRequestLogging().getIncludeHeaders()).isEmpty();
    }

    @Test
    void refusesAMaxLengthBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties.getRequestId().setMaxLength(0))
                .withMessage("middleware.request-id.max-length must be at least 1, was 0: set it to 1 or more (default 128).");
    }

    @Test
    void refusesABlankMdcKeyAndLoggerName() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties.getRequestId().setMdcKey(" "))
                .withMessage("middleware.request-id.mdc-key must name an MDC key, was ' ': write a key such as"
                        + " requestId (the default).");
        assertThatIllegalArgumentException().isThrownBy(() -> properties.getRequestLogging().setLoggerName(""))
                .withMessageStartingWith("middleware.request-logging.logger-name must name a logger, was '': write a logger name");
    }

    @Test
    void refusesNegativeHstsSeconds() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties.getSecurityHeaders().setHstsSeconds(-1))
                .withMessage("middleware.security-headers.hsts-seconds must not be negative, was -1: write 0 to send no"
                        + " Strict-Transport-Security header, or a positive number of seconds.");
    }

    @Test
    void refusesAHeaderValueThatWouldSplitTheHeaderAndAcceptsAnEmptyOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties.getSecurityHeaders().setFrameOptions("DENY\r\nSet-Cookie: x=1"))
                .withMessage("middleware.security-headers.frame-options is no header value, was 'DENY\r\nSet-Cookie: x=1':"
                        + " write only printable ASCII characters, or leave it empty to send no such header.");
        properties.getSecurityHeaders().setReferrerPolicy("");
        assertThat(properties.getSecurityHeaders().getReferrerPolicy()).isEmpty();
    }
}
