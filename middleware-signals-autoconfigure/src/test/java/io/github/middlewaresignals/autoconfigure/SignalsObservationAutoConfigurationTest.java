package io.github.middlewaresignals.autoconfigure;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.observation.DefaultSignalSendObservationConvention;
import io.github.middlewaresignals.signal.observation.SignalObservationMonitor;
import io.github.middlewaresignals.signal.observation.SignalSendObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SignalsObservationAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsObservationAutoConfiguration.class))
            .withUserConfiguration(GreetingApp.class);

    record Greeting(String text) {
    }

    static class GreetingReceiver {
        @SignalReceiver
        void reply(Greeting greeting) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class GreetingApp {
        @Bean
        Signal<Greeting> greeted() {
            return new Signal<>("greeted");
        }

        @Bean
        GreetingReceiver greetingReceiver() {
            return new GreetingReceiver();
        }
    }

    @Test
    void sendsAreObservedWithTheApplicationsRegistry() {
        runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create).run(context -> {
            context.getBean("greeted", Signal.class).send(Greeting.class, new Greeting("hi"));

            assertThat(context.getBean(TestObservationRegistry.class)).hasSingleObservationThat()
                    .hasNameEqualTo("signals.send").hasLowCardinalityKeyValue("signal.name", "greeted");
        });
    }

    @Test
    void anApplicationWithoutARegistryGetsNoObservations() {
        runner.run(context -> assertThat(context).doesNotHaveBean(SignalObservationMonitor.class));
    }

    @Test
    void theSwitchTurnsThemOff() {
        runner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .withPropertyValues("signals.observations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(SignalObservationMonitor.class));
    }

    @Test
    void aConventionBeanReplacesTheDefault() {
        runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create)
                .withBean(SignalSendObservationConvention.class, () -> new DefaultSignalSendObservationConvention() {
                    @Override
                    public String getName() {
                        return "app.signals";
                    }
                })
                .run(context -> {
                    context.getBean("greeted", Signal.class).send(null, new Greeting("hi"));
                    assertThat(context.getBean(TestObservationRegistry.class)).hasSingleObservationThat().hasNameEqualTo("app.signals");
                });
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnMonitor() {
        runner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .withBean("ownMonitor", SignalObservationMonitor.class, () -> new SignalObservationMonitor(ObservationRegistry.NOOP, null))
                .run(context -> assertThat(context).hasSingleBean(SignalObservationMonitor.class).hasBean("ownMonitor"));
    }
}
