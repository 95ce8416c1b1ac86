package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.middleware.BuiltinMiddlewareNames;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void everyMiddlewarePropertyUsersTypeIsOfferedWithItsDefault() throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (JsonNode property : read().get("properties")) {
            String name = property.get("name").asString();
            if (name.startsWith("middleware.")) {
                defaults.put(name, property.has("defaultValue") ? property.get("defaultValue").toString() : null);
            }
        }
        assertThat(defaults).containsOnlyKeys("middleware.order", "middleware.entries",
                "middleware.request-logging.mask-params", "middleware.request-logging.include-headers",
                "middleware.request-logging.mask-headers", "middleware.request-logging.logger-name",
                "middleware.request-logging.server-error-level",
                "middleware.timing.header-name",
                "middleware.request-id.header-name", "middleware.request-id.max-length",
                "middleware.request-id.accept-incoming", "middleware.request-id.mdc-key",
                "middleware.security-headers.content-type-nosniff", "middleware.security-headers.referrer-policy",
                "middleware.security-headers.cross-origin-opener-policy", "middleware.security-headers.frame-options",
                "middleware.security-headers.hsts-seconds", "middleware.security-headers.hsts-include-subdomains",
                "middleware.security-headers.hsts-preload", "middleware.observations.enabled");
        assertThat(defaults).containsEntry("middleware.timing.header-name", "\"X-Request-Duration\"")
                .containsEntry("middleware.request-id.max-length", "128")
                .containsEntry("middleware.request-id.accept-incoming", "true")
                .containsEntry("middleware.request-logging.server-error-level", "\"error\"")
                .containsEntry("middleware.request-logging.mask-headers", "[\"authorization\",\"proxy-authorization\",\"cookie\"]")
                .containsEntry("middleware.security-headers.frame-options", "\"DENY\"")
                .containsEntry("middleware.security-headers.hsts-seconds", "0")
                .containsEntry("middleware.observations.enabled", "true");
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

    @Test
    void signalsPropertiesOfferTheirDefaultsDescriptionsAndExecutorBeans() throws Exception {
        JsonNode metadata = read();
        assertThat(property(metadata, "signals.model.enabled").get("defaultValue").asBoolean()).isTrue();
        assertThat(property(metadata, "signals.observations.enabled").get("defaultValue").asBoolean()).isTrue();
        assertThat(property(metadata, "signals.model.max-nesting-depth").get("defaultValue").asInt()).isEqualTo(16);
        assertThat(property(metadata, "signals.model.max-nesting-depth").get("description").asString()).contains("16 by default");
        assertThat(property(metadata, "signals.async.executor").get("description").asString()).contains("signalAsyncExecutor");
        List<String> executorHintTargets = new ArrayList<>();
        for (JsonNode hint : metadata.get("hints")) {
            if (hint.get("name").asString().equals("signals.async.executor")) {
                hint.get("providers").forEach(provider -> executorHintTargets.add(provider.get("parameters").get("target").asString()));
            }
        }
        assertThat(executorHintTargets).containsExactly("java.util.concurrent.Executor");
    }

    private static JsonNode property(JsonNode metadata, String name) {
        for (JsonNode property : metadata.get("properties")) {
            if (property.get("name").asString().equals(name)) {
                return property;
            }
        }
        throw new AssertionError("no property " + name + " in the configuration metadata");
    }

    private static JsonNode read() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
