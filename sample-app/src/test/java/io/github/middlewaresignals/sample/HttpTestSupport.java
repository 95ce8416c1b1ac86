package io.github.middlewaresignals.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the end-to-end tests: the whole app on a random port, called over real HTTP. Every
 * subclass shares one application context. These tests send many requests from one address, so
 * the rate limit is raised out of their way here; {@code RateLimitTest} tests it with a small one.
 * The server trusts {@code X-Forwarded-Proto} from a local proxy, as behind a load balancer, so a
 * test can send a request that the app sees as HTTPS ({@link #HTTPS_VIA_PROXY}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"sample.rate-limit.requests=1000000", HttpTestSupport.TRUST_FORWARDED_HEADERS})
public abstract class HttpTestSupport {

    /** Lets Tomcat take the scheme from {@code X-Forwarded-Proto} when a local proxy sends it. */
    public static final String TRUST_FORWARDED_HEADERS = "server.forward-headers-strategy=native";

    /** Headers of a request that came in over HTTPS to a proxy on this machine. */
    protected static final String[] HTTPS_VIA_PROXY = {"X-Forwarded-Proto", "https"};

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    protected HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    protected HttpResponse<String> post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(jsonBody(body)));
    }

    protected HttpResponse<String> post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    protected HttpResponse<String> put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(jsonBody(body)));
    }

    protected HttpResponse<String> patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", jsonBody(body)));
    }

    /** A String is sent as it is (raw JSON); anything else is written as JSON. */
    private static HttpRequest.BodyPublisher jsonBody(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Asserts a 400 problem whose {@code errors} name exactly this field with this message. */
    protected static void assertInvalid(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("errors").valueStream().map(error -> error.get("field").asString() + ": " + error.get("message").asString()).toList())
                .contains(field + ": " + message);
        assertNoInternals(response);
    }

    /** Asserts a 400 problem body, as Spring answers a body it cannot read. */
    protected static void assertBadRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(400);
        assertNoInternals(response);
    }

    protected static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("detail").asString()).isEqualTo(detail);
        assertNoInternals(response);
    }

    protected static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace", "SQL");
    }

    /**
     * The captured log lines that contain {@code fragment}, once there is at least one. Lines
     * written in {@code afterCompletion} may appear just after the client has its response, so
     * this waits for them (up to ten seconds) instead of racing the server.
     */
    protected static List<String> logLines(CapturedOutput output, String fragment) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> lines = matching(output, fragment);
        while (lines.isEmpty() && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lines = matching(output, fragment);
        }
        return lines;
    }

    private static List<String> matching(CapturedOutput output, String fragment) {
        return output.getOut().lines().filter(line -> line.contains(fragment)).toList();
    }

    /** A short token that makes titles, names and e-mail addresses unique across tests sharing one database. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    protected static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
