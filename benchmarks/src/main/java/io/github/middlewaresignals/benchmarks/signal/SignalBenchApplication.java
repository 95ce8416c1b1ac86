package io.github.middlewaresignals.benchmarks.signal;

import io.github.middlewaresignals.benchmarks.Exclusions;
import io.github.middlewaresignals.signal.Signal;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;

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
        return startWithStarter(Observations.NONE);
    }

    /** Starts the application with the starter active and, unless {@link Observations#NONE}, an ObservationRegistry bean. */
    static ConfigurableApplicationContext startWithStarter(Observations observations) {
        return start(Exclusions.property(Exclusions.DATABASE), observations.registry());
    }

    /** Starts the application as plain Spring Boot: the starter's auto-configurations excluded. */
    static ConfigurableApplicationContext startWithoutStarter() {
        return start(Exclusions.property(Exclusions.DATABASE, Exclusions.starter()), null);
    }

    private static ConfigurableApplicationContext start(String exclusions, ObservationRegistry registry) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(SignalBenchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(exclusions, "logging.level.root=WARN");
        if (registry != null) {
            application.initializers(context -> ((GenericApplicationContext) context)
                    .registerBean(ObservationRegistry.class, () -> registry));
        }
        return application.run();
    }
}
