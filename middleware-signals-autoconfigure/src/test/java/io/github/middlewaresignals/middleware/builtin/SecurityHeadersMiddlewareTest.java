package io.github.middlewaresignals.middleware.builtin;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SecurityHeadersMiddlewareTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private MockHttpServletResponse apply(SecurityHeadersProperties properties) {
        new SecurityHeadersMiddleware(properties).processResponse(request, response, null);
        return response;
    }

    private static SecurityHeadersProperties hsts(long seconds) {
        SecurityHeadersProperties properties = new SecurityHeadersProperties();
        properties.setHstsSeconds(seconds);
        return properties;
    }

    @Test
    void sendsDjangosDefaults() {
        apply(new SecurityHeadersProperties());
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.containsHeader("Strict-Transport-Security")).isFalse();
    }

    @Test
    void sendsNoHstsByDefaultEvenOnSecureRequests() {
        request.setSecure(true);
        apply(new SecurityHeadersProperties());
        assertThat(response.containsHeader("Strict-Transport-Security")).isFalse();
    }

    @Test
    void sendsHstsOnSecureRequestsWhenConfigured() {
        request.setSecure(true);
        apply(hsts(31536000));
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void neverSendsHstsOnPlainHttp() {
        apply(hsts(31536000));
        assertThat(response.containsHeader("Strict-Transport-Security")).isFalse();
    }

    @Test
    void addsIncludeSubDomainsAndPreload() {
        request.setSecure(true);
        SecurityHeadersProperties properties = hsts(3600);
        properties.setHstsIncludeSubdomains(true);
        properties.setHstsPreload(true);
        apply(properties);
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=3600; includeSubDomains; preload");
    }

    @Test
    void keepsHeadersTheHandlerAlreadySet() {
        request.setSecure(true);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Strict-Transport-Security", "max-age=60");
        apply(hsts(31536000));
        assertThat(response.getHeaders("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(response.getHeaders("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(response.getHeaders("Strict-Transport-Security")).containsExactly("max-age=60");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void switchesEachHeaderOff() {
        SecurityHeadersProperties properties = new SecurityHeadersProperties();
        properties.setContentTypeNosniff(false);
        properties.setReferrerPolicy("");
        properties.setCrossOriginOpenerPolicy(null);
        properties.setFrameOptions(" ");
        apply(properties);
        assertThat(response.getHeaderNames()).isEmpty();
    }

    @Test
    void sendsConfiguredValues() {
        SecurityHeadersProperties properties = new SecurityHeadersProperties();
        properties.setReferrerPolicy("strict-origin-when-cross-origin, no-referrer");
        properties.setCrossOriginOpenerPolicy("same-origin-allow-popups");
        properties.setFrameOptions("SAMEORIGIN");
        apply(properties);
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin, no-referrer");
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin-allow-popups");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void addsTheHeadersInAfterCompletionWhenTheResponseIsStillOpen() {
        new SecurityHeadersMiddleware(new SecurityHeadersProperties())
                .afterCompletion(request, response, null, new IllegalStateException());
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void leavesACommittedResponseAlone() {
        response.setCommitted(true);
        new SecurityHeadersMiddleware(new SecurityHeadersProperties()).afterCompletion(request, response, null, null);
        assertThat(response.getHeaderNames()).isEmpty();
    }

    @Test
    void rejectsNegativeHstsSeconds() {
        assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
                .isThrownBy(() -> new SecurityHeadersMiddleware(hsts(-1)))
                .satisfies(ex -> assertThat(ex.getName()).isEqualTo("middleware.security-headers.hsts-seconds"));
    }

    @Test
    void rejectsAValueThatWouldSplitTheHeader() {
        SecurityHeadersProperties properties = new SecurityHeadersProperties();
        properties.setFrameOptions("DENY\r\nSet-Cookie: x=1");
        assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
                .isThrownBy(() -> new SecurityHeadersMiddleware(properties))
                .satisfies(ex -> assertThat(ex.getName()).isEqualTo("middleware.security-headers.frame-options"));
    }
}
