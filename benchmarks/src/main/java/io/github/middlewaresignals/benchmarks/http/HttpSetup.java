package io.github.middlewaresignals.benchmarks.http;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The four configurations the HTTP comparison loads, each a Spring profile plus its {@code middleware.order}. */
enum HttpSetup {

    /** No middleware at all: the baseline. */
    NONE("none", List.of()),
    /** Four no-op middleware registered by hand through {@code WebMvcConfigurer}. */
    INTERCEPTORS(HttpSetup.INTERCEPTORS_PROFILE, List.of()),
    /** The same four no-op middleware run by the starter's chain. */
    CHAIN(HttpSetup.CHAIN_PROFILE, List.of("noOp1", "noOp2", "noOp3", "noOp4")),
    /** The four built-in middleware run by the starter's chain. */
    BUILTINS("builtins", List.of("security-headers", "request-id", "request-logging", "timing"));

    static final String INTERCEPTORS_PROFILE = "interceptors";
    static final String CHAIN_PROFILE = "chain";

    private final String profile;
    private final List<String> order;

    HttpSetup(String profile, List<String> order) {
        this.profile = profile;
        this.order = order;
    }

    String profile() {
        return profile;
    }

    /** {@code middleware.order[i]=…} property lines for this configuration. */
    String[] orderProperties() {
        String[] lines = new String[order.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "middleware.order[" + i + "]=" + order.get(i);
        }
        return lines;
    }

    static HttpSetup fromProfile(String name) {
        return Arrays.stream(values()).filter(setup -> setup.profile.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown configuration '" + name + "'; use one of "
                        + Arrays.stream(values()).map(HttpSetup::profile).collect(Collectors.joining(", "))));
    }
}
