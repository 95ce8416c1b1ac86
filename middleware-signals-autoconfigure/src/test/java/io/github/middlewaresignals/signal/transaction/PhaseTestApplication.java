package io.github.middlewaresignals.signal.transaction;

import io.github.middlewaresignals.signal.Signal;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** H2, Hibernate, the starter's auto-configuration, and one custom signal. */
@SpringBootApplication
public class PhaseTestApplication {

    static final int MAX_NESTING_DEPTH = 4;

    @Bean
    Signal<String> orderCompleted() {
        return new Signal<>("order_completed");
    }
}
