package io.github.middlewaresignals.benchmarks.durable;

import io.github.middlewaresignals.signal.Signal;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * Spring Boot with Spring Data JPA, Spring Modulith's JPA registry and the starter, on in-memory H2. The
 * registry is wrapped to count the deliveries it completes, which is where a recorded delivery ends.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class DeliveryBenchApplication {

    static final String SIGNAL = "row_saved";

    @Bean
    Signal<RowSaved> rowSaved() {
        return new Signal<>(SIGNAL);
    }

    @Bean
    Deliveries deliveries() {
        return new Deliveries();
    }

    @Bean
    static BeanPostProcessor completionCounting(ObjectProvider<Deliveries> deliveries) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof EventPublicationRegistry)) {
                    return bean;
                }
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    if (invocation.getMethod().getName().equals("markCompleted")) {
                        deliveries.getObject().completed();
                    }
                    return result;
                });
                return proxy.getProxy();
            }
        };
    }
}
