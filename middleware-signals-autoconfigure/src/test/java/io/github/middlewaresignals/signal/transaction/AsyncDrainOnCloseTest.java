package io.github.middlewaresignals.signal.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.receiver.AsyncSignalWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Closing the context waits, for a bounded time, for async deliveries still running. */
@ExtendWith(OutputCaptureExtension.class)
class AsyncDrainOnCloseTest {

    static final List<String> events = new CopyOnWriteArrayList<>();

    static class SlowMail {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @SignalReceiver(signal = "user_joined", phase = Phase.AFTER_COMMIT, async = true)
        void welcome(String user) throws InterruptedException {
            started.countDown();
            release.await(30, TimeUnit.SECONDS);
            events.add("mailed " + user);
        }

        void destroy() {
            events.add("beans destroyed");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class App {
        @Bean
        Signal<String> userJoined() {
            return new Signal<>("user_joined");
        }

        @Bean(destroyMethod = "destroy")
        SlowMail slowMail() {
            return new SlowMail();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
            .withUserConfiguration(App.class);

    private static boolean drainingOrDone(Thread closer) {
        return !closer.isAlive() || Arrays.stream(closer.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(AsyncSignalWork.class.getName()));
    }

    @Test
    void closingWaitsForAnAsyncDeliveryBeforeDestroyingBeans() throws Exception {
        events.clear();
        runner.run(context -> {
            SlowMail mail = context.getBean(SlowMail.class);
            context.getBean("userJoined", Signal.class).send(null, "ada");
            assertThat(mail.started.await(10, TimeUnit.SECONDS)).isTrue();

            Thread closer = new Thread(((ConfigurableApplicationContext) context.getSourceApplicationContext())::close);
            closer.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> drainingOrDone(closer));
            mail.release.countDown();
            closer.join(10_000);

            assertThat(events).containsExactly("mailed ada", "beans destroyed");
        });
    }

    @Test
    void closingGivesUpAfterTheTimeoutAndSaysHowManyWereLeft(CapturedOutput output) throws Exception {
        events.clear();
        runner.withPropertyValues("signals.async.shutdown-timeout=50ms").run(context -> {
            SlowMail mail = context.getBean(SlowMail.class);
            context.getBean("userJoined", Signal.class).send(null, "grace");
            assertThat(mail.started.await(10, TimeUnit.SECONDS)).isTrue();

            ((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
            mail.release.countDown();

            assertThat(events).startsWith("beans destroyed");
            assertThat(output).contains("1 async signal deliveries had not finished").contains("signals.async.shutdown-timeout");
        });
    }
}
