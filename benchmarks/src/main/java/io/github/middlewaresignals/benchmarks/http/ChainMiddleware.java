package io.github.middlewaresignals.benchmarks.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The same four no-op middleware as beans, run by the starter in the order {@code middleware.order} lists. */
@Configuration(proxyBeanMethods = false)
@Profile({HttpSetup.CHAIN_PROFILE, HttpSetup.CHAIN_UNOBSERVED_PROFILE, HttpSetup.CHAIN_OBSERVED_PROFILE})
class ChainMiddleware {

    @Bean
    NoOpMiddleware noOp1() {
        return new NoOpMiddleware();
    }

    @Bean
    NoOpMiddleware noOp2() {
        return new NoOpMiddleware();
    }

    @Bean
    NoOpMiddleware noOp3() {
        return new NoOpMiddleware();
    }

    @Bean
    NoOpMiddleware noOp4() {
        return new NoOpMiddleware();
    }
}
