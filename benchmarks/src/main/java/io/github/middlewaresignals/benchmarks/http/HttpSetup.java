package io.github.middlewaresignals.benchmarks.http;

import io.github.middlewaresignals.benchmarks.Exclusions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The configurations the HTTP comparison loads, each a Spring profile plus its
 * {@code middleware.order} and properties. Those without the starter's chain run without the
 * starter at all (its auto-configurations excluded), so they are what a Spring user has without
 * this library.
 */
enum HttpSetup {

    /** No middleware and no starter: the baseline. */
    NONE("none", false, List.of()),
    /** Four no-op middleware registered by hand through {@code WebMvcConfigurer}, no starter. */
    INTERCEPTORS(HttpSetup.INTERCEPTORS_PROFILE, false, List.of()),
    /** The same four no-op middleware run by the starter's chain. */
    CHAIN(HttpSetup.CHAIN_PROFILE, true, List.of("noOp1", "noOp2", "noOp3", "noOp4")),
    /**
     * The four no-op middleware of {@link #CHAIN} in an application whose requests are observed as
     * Spring Boot observes them with Actuator ({@code http.server.requests}, each observation a timer),
     * the chain's entries not observed.
     */
    CHAIN_UNOBSERVED(HttpSetup.CHAIN_UNOBSERVED_PROFILE, true, List.of("noOp1", "noOp2", "noOp3", "noOp4"),
            "middleware.observations.enabled=false"),
    /** The same with each entry's work in each request observed ({@code middleware.entry}). */
    CHAIN_OBSERVED(HttpSetup.CHAIN_OBSERVED_PROFILE, true, List.of("noOp1", "noOp2", "noOp3", "noOp4")),
    /** The four built-in middleware run by the starter's chain, the request log on the console. */
    BUILTINS("builtins", true, List.of("security-headers", "request-id", "request-logging", "timing")),
    /** The built-ins without {@code request-logging}, to separate the cost of the log line. */
    BUILTINS_WITHOUT_LOGGING("builtins-no-logging", true, List.of("security-headers", "request-id", "timing")),
    /**
     * What a Spring user picks for an access log without this library: no middleware, Tomcat's
     * {@code AccessLogValve} writing the fields of {@code request-logging}'s line to a file (the
     * script names the directory). The path leaves the query out: Tomcat writes a {@code -} for
     * none, and the endpoint under load has none.
     */
    TOMCAT_ACCESS_LOG("tomcat-accesslog", false, List.of(),
            "server.tomcat.accesslog.enabled=true",
            "server.tomcat.accesslog.pattern=method=%m path=%U status=%s duration=%{fracsec}Ts ip=%a",
            "server.tomcat.accesslog.prefix=access",
            "server.tomcat.accesslog.suffix=.log"),
    /**
     * {@code request-logging} alone, its lines written to a file the way the README recommends
     * for production: an async appender over a rolling file appender (the script names the file).
     */
    REQUEST_LOGGING_FILE("request-logging-file", true, List.of("request-logging"),
            "logging.config=classpath:request-logging-file-logback.xml");

    static final String INTERCEPTORS_PROFILE = "interceptors";
    static final String CHAIN_PROFILE = "chain";
    static final String CHAIN_UNOBSERVED_PROFILE = "chain-unobserved";
    static final String CHAIN_OBSERVED_PROFILE = "chain-observed";

    private final String profile;
    private final boolean withStarter;
    private final List<String> order;
    private final List<String> properties;

    HttpSetup(String profile, boolean withStarter, List<String> order, String... properties) {
        this.profile = profile;
        this.withStarter = withStarter;
        this.order = order;
        this.properties = List.of(properties);
    }

    String profile() {
        return profile;
    }

    /** @return the property lines of this configuration: its exclusions, its {@code middleware.order} and the rest */
    List<String> properties() {
        List<String> lines = new ArrayList<>();
        lines.add(withStarter ? Exclusions.property(Exclusions.DATABASE) : Exclusions.property(Exclusions.DATABASE, Exclusions.starter()));
        for (int i = 0; i < order.size(); i++) {
            lines.add("middleware.order[" + i + "]=" + order.get(i));
        }
        lines.addAll(properties);
        return lines;
    }

    static HttpSetup fromProfile(String name) {
        return Arrays.stream(values()).filter(setup -> setup.profile.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown configuration '" + name + "'; use one of "
                        + Arrays.stream(values()).map(HttpSetup::profile).collect(Collectors.joining(", "))));
    }
}
