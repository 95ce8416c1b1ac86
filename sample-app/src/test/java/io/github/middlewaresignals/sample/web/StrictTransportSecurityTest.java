package io.github.middlewaresignals.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * {@code Strict-Transport-Security} once {@code middleware.security-headers.hsts-seconds} is set:
 * only on requests the app sees as HTTPS. {@code MiddlewareChainTest} shows that without the
 * setting even those get none; this test shows that its HTTPS requests would get one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {HttpTestSupport.TRUST_FORWARDED_HEADERS, "middleware.security-headers.hsts-seconds=31536000"})
class StrictTransportSecurityTest extends HttpTestSupport {

    @Test
    void anHttpsRequestGetsStrictTransportSecurityOnceHstsSecondsIsSet() {
        assertThat(get("/api/notifications", HTTPS_VIA_PROXY).headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000");
    }

    @Test
    void aPlainHttpRequestNeverGetsStrictTransportSecurity() {
        assertThat(get("/api/notifications").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
