package io.github.middlewaresignals.benchmarks.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What Spring Boot sets up for observations with Actuator, built by hand so that the other
 * configurations stay without any: an ObservationRegistry whose observations become timers in a
 * meter registry (Boot's default meter handler), and Spring's filter that observes each request as
 * {@code http.server.requests}, registered where Boot registers it.
 */
@Configuration(proxyBeanMethods = false)
@Profile({HttpSetup.CHAIN_UNOBSERVED_PROFILE, HttpSetup.CHAIN_OBSERVED_PROFILE})
class ObservedRequests {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    ObservationRegistry observationRegistry(MeterRegistry meterRegistry) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
        return registry;
    }

    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> serverHttpObservationFilter(ObservationRegistry observationRegistry) {
        FilterRegistrationBean<ServerHttpObservationFilter> registration =
                new FilterRegistrationBean<>(new ServerHttpObservationFilter(observationRegistry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    /** Found by component scanning as well, so it carries the profiles of its own. */
    @RestController
    @Profile({HttpSetup.CHAIN_UNOBSERVED_PROFILE, HttpSetup.CHAIN_OBSERVED_PROFILE})
    static class ObservedTimers {

        private final MeterRegistry meterRegistry;

        ObservedTimers(MeterRegistry meterRegistry) {
            this.meterRegistry = meterRegistry;
        }

        /** How many requests and middleware entries were timed, for the load script's sanity check. */
        @GetMapping("/observed")
        String observed() {
            return count("http.server.requests") + " " + count("middleware.entry");
        }

        private long count(String name) {
            return meterRegistry.find(name).timers().stream().mapToLong(Timer::count).sum();
        }
    }
}
