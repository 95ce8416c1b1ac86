package io.github.middlewaresignals.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.sample.HttpTestSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * The middleware settings written in {@code application.properties} form (the file
 * {@code middleware-as-properties.properties}), seen from a client. The rate limit's budget is one
 * request, so only a limiter that is switched off lets a second one through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.rate-limit.requests=1")
@TestPropertySource(locations = "classpath:middleware-as-properties.properties")
class MiddlewareAsPropertiesTest extends HttpTestSupport {

    @Test
    void anIndexedOrderReplacesTheListOfApplicationYml() {
        HttpResponse<String> response = get("/api/notifications");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).as("security-headers, order[0]").hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Request-Duration")).as("timing, order[1]").isPresent();
        assertThat(response.headers().firstValue("X-Request-ID")).as("request-id, listed only in application.yml").isEmpty();
    }

    @Test
    void aCommaSeparatedListBindsEachItem() {
        assertThat(get("/api/notifications").headers().firstValue("X-Request-Duration")).isPresent();
        assertThat(get("/api/orders/999999").headers().firstValue("X-Request-Duration")).isPresent();
        assertThat(get("/api/articles/no-such-article").headers().firstValue("X-Request-Duration")).isEmpty();
    }

    @Test
    void anEntryKeyedByBeanNameIsSwitchedOff() {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/notifications").statusCode()).as("request %d with a budget of 1", i + 1).isEqualTo(200);
        }
    }

    @Test
    void anEntryKeyedByClassNameInBracketsIsSwitchedOff() {
        assertThat(get("/api/notifications").headers().firstValue(AuditMiddleware.SERVED_BY)).isEmpty();
    }
}
