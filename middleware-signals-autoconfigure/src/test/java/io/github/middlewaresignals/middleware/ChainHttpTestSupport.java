package io.github.middlewaresignals.middleware;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import io.github.middlewaresignals.middleware.app.ChainTestApplication;
import io.github.middlewaresignals.middleware.app.HookLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Tomcat on a random port, real HTTP; every subclass shares this one context. */
@SpringBootTest(classes = ChainTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "middleware.order=outerMiddleware,innerMiddleware,scopedMiddleware,disabledMiddleware,"
                        + "io.github.middlewaresignals.middleware.app.ClassListedInterceptor,"
                        + "io.github.middlewaresignals.middleware.app.BeanBackedInterceptor",
                "middleware.entries.scopedMiddleware.include=/api/**",
                "middleware.entries.scopedMiddleware.exclude=/api/internal/**",
                "middleware.entries.disabledMiddleware.enabled=false"
        })
abstract class ChainHttpTestSupport {

    static final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    int port;

    @Autowired
    HookLog hooks;

    static String newId() {
        return UUID.randomUUID().toString();
    }

    HttpRequest.Builder request(String path, String id, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(15))
                .header(HookLog.TEST_ID, id);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    HttpResponse<String> get(String path, String id, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, id, headers).build(), HttpResponse.BodyHandlers.ofString());
    }
}
