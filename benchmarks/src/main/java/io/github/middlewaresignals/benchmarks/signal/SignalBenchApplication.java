package io.github.middlewaresignals.benchmarks.signal;

import io.github.middlewaresignals.benchmarks.Exclusions;
import io.github.middlewaresignals.signal.Signal;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A real Spring Boot context: one custom signal, its {@code @SignalReceiver} bean and an {@code @EventListener} bean. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({AnnotatedReceiver.class, BenchEventListener.class})
public class SignalBenchApplication {

    static final String SIGNAL_NAME = "bench_event";

    @Bean
    Signal<BenchEvent> benchSignal() {
        return new Signal<>(SIGNAL_NAME);
    }

    /** Starts the application with the starter active. */
    static ConfigurableApplicationContext startWithStarter() {
        return start(Exclusions.property(Exclusions.DATABASE));
    }

    /** Starts the application as plain Spring Boot: the starter's auto-configurations excluded. */
    static ConfigurableApplicationContext startWithoutStarter() {
        return start(Exclusions.property(Exclusions.DATABASE, Exclusions.starter()));
    }

    private static ConfigurableApplicationContext start(String exclusions) {
        return new SpringApplicationBuilder(SignalBenchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(exclusions, "logging.level.root=WARN")
                .run();
    }
}
