package io.github.middlewaresignals.middleware.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The one web application the HTTP tests share (one cached context). */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestController.class)
public class ChainTestApplication {


    @Bean
    HookLog hookLog() {
        return new HookLog();
    }

    @Bean
    RecordingMiddleware outerMiddleware(HookLog log) {
        return new RecordingMiddleware("outer", log);
    }

    @Bean
    RecordingMiddleware innerMiddleware(HookLog log) {
        return new RecordingMiddleware("inner", log);
    }

    @Bean
    HeaderMiddleware scopedMiddleware() {
        return new HeaderMiddleware("X-Scoped");
    }

    @Bean
    HeaderMiddleware disabledMiddleware() {
        return new HeaderMiddleware("X-Disabled");
    }

    @Bean
    BeanBackedInterceptor beanBacked() {
        return new BeanBackedInterceptor("bean");
    }
}
