package io.github.middlewaresignals.signal.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Receivers belong to their application context: connected once by it, after its singletons exist and
 * before its later lifecycles start, and disconnected when it closes, before its beans are destroyed.
 */
class ContextIsolationTest {

    /** One signal object shared by every context in the JVM, like a module-level Django signal. */
    static final Signal<String> SHARED = new Signal<>("shared");

    static class Listener {
        final List<String> received = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "shared")
        String on(String payload) {
            received.add(payload);
            return "listener";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Listener.class)
    static class SharedSignalApp {
        @Bean
        Signal<String> shared() {
            return SHARED;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Listener.class)
    static class OwnSignalApp {
        @Bean
        Signal<String> shared() {
            return new Signal<>("shared");
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

    @AfterEach
    void nothingLeftConnected() {
        assertThat(SHARED.hasListeners()).isFalse();
    }

    @Test
    void aClosedContextsReceiversNeverRunAgain() {
        List<String>[] first = new List[1];
        runner.withUserConfiguration(SharedSignalApp.class).run(context -> {
            first[0] = context.getBean(Listener.class).received;
            SHARED.send(null, "while open");
        });
        assertThat(SHARED.hasListeners()).isFalse();

        runner.withUserConfiguration(SharedSignalApp.class).run(context -> {
            SHARED.send(null, "second context");
            assertThat(context.getBean(Listener.class).received).containsExactly("second context");
        });
        assertThat(first[0]).containsExactly("while open");
    }

    @Test
    void closingOneContextLeavesTheOthersReceiversConnected() {
        runner.withUserConfiguration(SharedSignalApp.class).run(outer -> {
            Listener outerListener = outer.getBean(Listener.class);
            List<String>[] inner = new List[1];
            runner.withUserConfiguration(SharedSignalApp.class).run(context -> {
                inner[0] = context.getBean(Listener.class).received;
                // both contexts are open and share the signal object: both are connected to it, each once
                assertThat(SHARED.send(null, "both open")).hasSize(2);
            });
            SHARED.send(null, "inner closed");
            assertThat(inner[0]).containsExactly("both open");
            assertThat(outerListener.received).containsExactly("both open", "inner closed");
        });
    }

    @Test
    void contextsWithTheirOwnSignalBeansNeverSeeEachOthersReceivers() {
        runner.withUserConfiguration(OwnSignalApp.class).run(first -> runner.withUserConfiguration(OwnSignalApp.class).run(second -> {
            Signal<String> firstSignal = first.getBean("shared", Signal.class);
            firstSignal.send(null, "to first");
            second.getBean("shared", Signal.class).send(null, "to second");

            assertThat(first.getBean(Listener.class).received).containsExactly("to first");
            assertThat(second.getBean(Listener.class).received).containsExactly("to second");
        }));
    }

    static class ChildListener {
        final List<String> received = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "shared")
        String on(String payload) {
            received.add(payload);
            return "child";
        }
    }

    @Test
    void aChildContextConnectsItsOwnReceiversOnceAndLeavesTheParentsAlone() {
        runner.withUserConfiguration(SharedSignalApp.class).run(parent -> {
            runner.withParent(parent).withUserConfiguration(ChildListener.class).run(child -> {
                assertThat(SHARED.send(null, "family")).extracting(ReceiverResult::value).containsExactly("listener", "child");
                assertThat(child.getBean(ChildListener.class).received).containsExactly("family");
            });
            assertThat(SHARED.send(null, "parent only")).extracting(ReceiverResult::value).containsExactly("listener");
        });
    }

    static class BadReceiver {
        @SignalReceiver(signal = "no_such_signal")
        void on(String payload) {
        }
    }

    /** Imported after the good listener, so the registrar finds the good receiver first. */
    @Configuration(proxyBeanMethods = false)
    @Import(BadReceiver.class)
    static class BadReceiverConfig {
    }

    @Test
    void aBadDeclarationConnectsNoneOfTheContextsReceivers() {
        runner.withUserConfiguration(SharedSignalApp.class, BadReceiverConfig.class).run(context -> {
            assertThat(context).getFailure().rootCause().isInstanceOf(SignalReceiverDeclarationException.class)
                    .hasMessageContaining("names the unknown signal 'no_such_signal'");
            assertThat(SHARED.hasListeners()).isFalse();
        });
    }

    /** A lifecycle in the web server's phase that sends the shared signal as it starts, and may then fail. */
    static class SendingLifecycle implements SmartLifecycle {
        final List<Integer> receiversReached = new CopyOnWriteArrayList<>();
        private final boolean failsToStart;
        private volatile boolean running;

        SendingLifecycle(boolean failsToStart) {
            this.failsToStart = failsToStart;
        }

        @Override
        public void start() {
            receiversReached.add(SHARED.send(null, "from a lifecycle").size());
            if (failsToStart) {
                throw new IllegalStateException("port already in use");
            }
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return SmartLifecycle.DEFAULT_PHASE - 2048;
        }
    }

    @Test
    void receiversAreConnectedBeforeALaterLifecycleStarts() {
        runner.withUserConfiguration(SharedSignalApp.class).withBean(SendingLifecycle.class, () -> new SendingLifecycle(false))
                .run(context -> assertThat(context.getBean(SendingLifecycle.class).receiversReached).containsExactly(1));
    }

    @Test
    void aStartUpThatFailsAfterTheReceiversConnectedLeavesNoneConnected() {
        SendingLifecycle failing = new SendingLifecycle(true);
        runner.withUserConfiguration(SharedSignalApp.class).withBean(SendingLifecycle.class, () -> failing).run(context -> {
            assertThat(context).getFailure().rootCause().isInstanceOf(IllegalStateException.class).hasMessage("port already in use");
            assertThat(failing.receiversReached).containsExactly(1);
            assertThat(SHARED.hasListeners()).isFalse();
        });
    }

    /** Sends the shared signal while the context destroys its beans. */
    static class SendsWhileDestroyed implements DisposableBean {
        final List<Integer> receiversReached = new CopyOnWriteArrayList<>();

        @Override
        public void destroy() {
            receiversReached.add(SHARED.send(null, "during shutdown").size());
        }
    }

    @Test
    void receiversAreDisconnectedBeforeAnyBeanIsDestroyed() {
        SendsWhileDestroyed sender = new SendsWhileDestroyed();
        List<String>[] received = new List[1];
        runner.withUserConfiguration(SharedSignalApp.class).withBean(SendsWhileDestroyed.class, () -> sender)
                .run(context -> received[0] = context.getBean(Listener.class).received);
        assertThat(sender.receiversReached).containsExactly(0);
        assertThat(received[0]).isEmpty();
    }

    @Test
    void stoppingTheContextDisconnectsItsReceiversAndStartingItConnectsThemAgainOnce() {
        runner.withUserConfiguration(SharedSignalApp.class).run(context -> {
            context.stop();
            assertThat(SHARED.hasListeners()).isFalse();
            context.start();
            assertThat(SHARED.send(null, "restarted")).extracting(ReceiverResult::value).containsExactly("listener");
        });
    }
}
