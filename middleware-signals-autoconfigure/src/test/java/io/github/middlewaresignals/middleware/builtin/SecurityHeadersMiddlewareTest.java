package io.github.middlewaresignals.middleware.builtin;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersMiddlewareTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private MockHttpServletResponse apply(SecurityHeadersSettings settings) {
        new SecurityHeadersMiddleware(settings).processResponse(request, response, null);
        return response;
    }

    private static SecurityHeadersSettings hsts(long seconds) {
        return SecurityHeadersSettings.DEFAULTS.withHstsSeconds(seconds);
    }

    @Test
    void sendsDjangosDefaults() {
        apply(SecurityHeadersSettings.DEFAULTS);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
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
        apply(new SecurityHeadersSettings(true, "same-origin", "same-origin", "DENY", 3600, true, true));
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
        apply(new SecurityHeadersSettings(false, "", null, " ", 0, false, false));
        assertThat(response.getHeaderNames()).isEmpty();
    }

    @Test
    void sendsConfiguredValues() {
        apply(new SecurityHeadersSettings(true, "strict-origin-when-cross-origin, no-referrer",
                " same-origin-allow-popups ", "SAMEORIGIN", 0, false, false));
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin, no-referrer");
        assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin-allow-popups");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void addsTheHeadersInAfterCompletionWhenTheResponseIsStillOpen() {
        new SecurityHeadersMiddleware(SecurityHeadersSettings.DEFAULTS)
                .afterCompletion(request, response, null, new IllegalStateException());
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void leavesACommittedResponseAlone() {
        response.setCommitted(true);
        new SecurityHeadersMiddleware(SecurityHeadersSettings.DEFAULTS).afterCompletion(request, response, null, null);
        assertThat(response.getHeaderNames()).isEmpty();
    }
}
