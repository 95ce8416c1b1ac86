package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** IDEs complete {@code middleware.*} and {@code signals.*} from the metadata the build generates. */
class ConfigurationMetadataTest {

    @Test
    void everyPropertyIsDescribedForIdeCompletion() throws Exception {
        JsonNode metadata = read();
        List<String> names = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            names.add(name);
            if (!property.has("description") || property.get("description").asString().isBlank()) {
                undescribed.add(name);
            }
        }
        assertThat(names).contains("middleware.order", "middleware.entries", "middleware.request-logging.mask-params",
                "middleware.timing.header-name", "middleware.request-id.max-length",
                "middleware.security-headers.hsts-seconds", "signals.async.executor", "signals.model.max-nesting-depth");
        assertThat(undescribed).as("properties without Javadoc").isEmpty();
    }

    @Test
    void listDefaultsAndBuiltinNamesAreOffered() throws Exception {
        JsonNode metadata = read();
        JsonNode maskParams = null;
        for (JsonNode property : metadata.get("properties")) {
            if (property.get("name").asString().equals("middleware.request-logging.mask-params")) {
                maskParams = property;
            }
        }
        assertThat(maskParams).isNotNull();
        assertThat(maskParams.get("defaultValue").toString()).contains("password", "access_token");
        List<String> orderHints = new ArrayList<>();
        for (JsonNode hint : metadata.get("hints")) {
            if (hint.get("name").asString().equals("middleware.order")) {
                hint.get("values").forEach(value -> orderHints.add(value.get("value").asString()));
            }
        }
        assertThat(orderHints).containsExactlyInAnyOrderElementsOf(BuiltinMiddlewareNames.ALL);
    }

    private static JsonNode read() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
