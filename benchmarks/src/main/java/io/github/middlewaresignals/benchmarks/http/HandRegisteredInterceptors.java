package io.github.middlewaresignals.benchmarks.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The way a Spring user adds interceptors without the starter: four no-op middleware, registered by hand. */
@Configuration(proxyBeanMethods = false)
@Profile(HttpSetup.INTERCEPTORS_PROFILE)
class HandRegisteredInterceptors implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        for (int i = 0; i < 4; i++) {
            registry.addInterceptor(new NoOpMiddleware());
        }
    }
}
