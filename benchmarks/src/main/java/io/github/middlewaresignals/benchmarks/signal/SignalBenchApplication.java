package io.github.middlewaresignals.benchmarks.signal;

import io.github.middlewaresignals.benchmarks.WithoutDatabase;
import io.github.middlewaresignals.signal.Signal;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A real Spring Boot context with the starter, one custom signal, its receiver and an event listener. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({AnnotatedReceiver.class, BenchEventListener.class})
public class SignalBenchApplication {

    static final String SIGNAL_NAME = "bench_event";

    @Bean
    Signal<BenchEvent> benchSignal() {
        return new Signal<>(SIGNAL_NAME);
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SignalBenchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(WithoutDatabase.EXCLUDE_DATABASE, "logging.level.root=WARN")
                .run();
    }
}
