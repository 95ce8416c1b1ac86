package io.github.middlewaresignals.benchmarks.http;

import io.github.middlewaresignals.benchmarks.Exclusions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The configurations the HTTP comparison loads, each a Spring profile plus its
 * {@code middleware.order}. The two without the starter's chain run without the starter at all
 * (its auto-configurations excluded), so they are what a Spring user has without this library.
 */
enum HttpSetup {

    /** No middleware and no starter: the baseline. */
    NONE("none", false, List.of()),
    /** Four no-op middleware registered by hand through {@code WebMvcConfigurer}, no starter. */
    INTERCEPTORS(HttpSetup.INTERCEPTORS_PROFILE, false, List.of()),
    /** The same four no-op middleware run by the starter's chain. */
    CHAIN(HttpSetup.CHAIN_PROFILE, true, List.of("noOp1", "noOp2", "noOp3", "noOp4")),
    /** The four built-in middleware run by the starter's chain. */
    BUILTINS("builtins", true, List.of("security-headers", "request-id", "request-logging", "timing")),
    /**
     * Not one of the configurations: the built-ins without {@code request-logging}, to
     * show how much of their cost is the one synchronous log line per request.
     */
    BUILTINS_WITHOUT_LOGGING("builtins-no-logging", true, List.of("security-headers", "request-id", "timing"));

    static final String INTERCEPTORS_PROFILE = "interceptors";
    static final String CHAIN_PROFILE = "chain";

    private final String profile;
    private final boolean withStarter;
    private final List<String> order;

    HttpSetup(String profile, boolean withStarter, List<String> order) {
        this.profile = profile;
        this.withStarter = withStarter;
        this.order = order;
    }

    String profile() {
        return profile;
    }

    /** @return the property lines of this configuration: its exclusions and its {@code middleware.order} */
    List<String> properties() {
        List<String> lines = new ArrayList<>();
        lines.add(withStarter ? Exclusions.property(Exclusions.DATABASE) : Exclusions.property(Exclusions.DATABASE, Exclusions.starter()));
        for (int i = 0; i < order.size(); i++) {
            lines.add("middleware.order[" + i + "]=" + order.get(i));
        }
        return lines;
    }

    static HttpSetup fromProfile(String name) {
        return Arrays.stream(values()).filter(setup -> setup.profile.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown configuration '" + name + "'; use one of "
                        + Arrays.stream(values()).map(HttpSetup::profile).collect(Collectors.joining(", "))));
    }
}
