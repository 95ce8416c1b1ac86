package io.github.middlewaresignals.benchmarks.http;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One trivial endpoint, started in one of the {@link HttpSetup} configurations, for
 * {@code benchmarks/http-compare.sh} to load. Usage: {@code HttpBenchApplication <configuration> [--server.port=…]}, the configuration named as in {@link HttpSetup}.
 */
@SpringBootApplication
public class HttpBenchApplication {

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("Name the configuration to start, e.g. none or builtins");
        }
        HttpSetup setup = HttpSetup.fromProfile(args[0]);
        new SpringApplicationBuilder(HttpBenchApplication.class)
                .profiles(setup.profile())
                .properties(setup.properties().toArray(String[]::new))
                .run(Arrays.copyOfRange(args, 1, args.length));
    }
}
