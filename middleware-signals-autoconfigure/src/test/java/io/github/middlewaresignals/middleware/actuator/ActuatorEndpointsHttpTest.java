package io.github.middlewaresignals.middleware.actuator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator's endpoints have handler mappings of their own; the chain runs for them as for every
 * other request on the application's port, and an entry's exclude can still leave them out.
 */
@SpringBootTest(classes = ActuatorEndpointsHttpTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "middleware.order=security-headers,timing",
                "middleware.entries.timing.exclude=/actuator/**",
                "management.endpoints.web.exposure.include=health,info",
                "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
class ActuatorEndpointsHttpTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void actuatorEndpointsGetTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/info", "/actuator"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void anEntryExcludedFromActuatorPathsLeavesThemOut() throws Exception {
        assertThat(get("/actuator/health").headers().firstValue("X-Request-Duration")).isEmpty();
        assertThat(get("/hello").headers().firstValue("X-Request-Duration")).isPresent();
    }

    @Test
    void theApplicationsOwnEndpointsGetTheChainOnce() throws Exception {
        HttpResponse<String> response = get("/hello");
        assertThat(response.body()).isEqualTo("hello");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("X-Request-Duration")).hasSize(1);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(HelloController.class)
    static class App {
    }

    @RestController
    static class HelloController {

        @GetMapping("/hello")
        String hello() {
            return "hello";
        }
    }
}
