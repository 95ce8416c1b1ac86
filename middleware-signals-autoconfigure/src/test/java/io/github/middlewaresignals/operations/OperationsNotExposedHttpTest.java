package io.github.middlewaresignals.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.signal.actuate.SignalCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Like Boot's own endpoints, ours are not served over HTTP unless the application includes them. */
@SpringBootTest(classes = OperationsApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "middleware.order=audit")
class OperationsNotExposedHttpTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Test
    void neitherEndpointIsServedAndNothingIsCounted() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : new String[] {"/actuator/signals", "/actuator/middleware"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(context.getBeanNamesForType(SignalCounts.class)).isEmpty();
    }
}
