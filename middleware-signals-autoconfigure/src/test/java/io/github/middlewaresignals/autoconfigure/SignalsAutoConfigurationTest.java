package io.github.middlewaresignals.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.middlewaresignals.signal.DeliveryScheduler;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.receiver.ContextSignalSettings;
import io.github.middlewaresignals.signal.receiver.AsyncSignalWork;
import io.github.middlewaresignals.signal.receiver.SignalConfigurationException;
import io.github.middlewaresignals.signal.receiver.SignalReceiverRegistrar;
import io.github.middlewaresignals.signal.receiver.SignalRegistryPopulator;
import io.github.middlewaresignals.signal.transaction.CommitTracker;
import io.github.middlewaresignals.signal.transaction.TransactionPhaseScheduler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

class SignalsAutoConfigurationTest {

    record Greeting(String text) {
    }

    static class GreetingReceiver {
        @SignalReceiver
        String reply(Greeting greeting) {
            return "re: " + greeting.text() + " on " + Thread.currentThread().getName();
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

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

    /** The application most tests run: one signal and one receiver of it. */
    private ApplicationContextRunner greetingApp() {
        return runner.withUserConfiguration(GreetingApp.class);
    }

    @Test
    void theCoreWorksWithoutJpaHibernateOrTheWeb() {
        greetingApp().withClassLoader(new FilteredClassLoader("jakarta.persistence", "org.hibernate", "org.springframework.web"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(SignalRegistry.class).hasSingleBean(SignalRegistryPopulator.class)
                            .hasSingleBean(ContextSignalSettings.class).hasSingleBean(SignalReceiverRegistrar.class);
                    Signal<Greeting> greeted = context.getBean(SignalRegistry.class).get("greeted");
                    assertThat(greeted.send(null, new Greeting("hi"))).extracting(ReceiverResult::value)
                            .singleElement().asString().startsWith("re: hi");
                });
    }

    @Test
    void receiversAreConnectedUnderGlobalLazyInitialization() {
        greetingApp().withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
                .run(context -> {
                    Signal<Greeting> greeted = context.getBean("greeted", Signal.class);
                    assertThat(greeted.send(null, new Greeting("lazy"))).hasSize(1);
                    assertThat(context.getBean(SignalRegistry.class).find("greeted")).containsSame(greeted);
                });
    }

    @Test
    void everySignalBeanIsRegisteredUnderItsName() {
        greetingApp().run(context -> {
            SignalRegistry registry = context.getBean(SignalRegistry.class);
            assertThat(registry.names()).containsExactly("greeted");
            assertThat(registry.find("greeted")).containsSame(context.getBean("greeted", Signal.class));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRegistry {
        static final Signal<String> BY_HAND = new Signal<>("registered_by_hand");

        @Bean
        SignalRegistry mySignalRegistry() {
            SignalRegistry registry = new SignalRegistry();
            registry.register(BY_HAND);
            return registry;
        }
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnSignalRegistryAndFillsItWithTheSignalBeans() {
        greetingApp().withUserConfiguration(OwnRegistry.class).run(context -> {
            assertThat(context).hasSingleBean(SignalRegistry.class).hasBean("mySignalRegistry");
            assertThat(context.getBean(SignalRegistry.class).names()).containsExactly("greeted", "registered_by_hand");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ReceiverOfAHandRegisteredSignal {
        final AtomicReference<Object> received = new AtomicReference<>();

        @SignalReceiver(signal = "registered_by_hand")
        void on(Object payload) {
            received.set(payload);
        }
    }

    @Test
    void receiversCanNameSignalsRegisteredByHand() {
        greetingApp().withUserConfiguration(OwnRegistry.class, ReceiverOfAHandRegisteredSignal.class).run(context -> {
            OwnRegistry.BY_HAND.send(null, "hello");
            assertThat(context.getBean(ReceiverOfAHandRegisteredSignal.class).received).hasValue("hello");
        });
        assertThat(OwnRegistry.BY_HAND.hasListeners()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnPopulator {
        @Bean
        SignalRegistryPopulator myPopulator(ConfigurableListableBeanFactory beanFactory) {
            // fills a registry of its own, so the context's registry stays empty
            return new SignalRegistryPopulator(beanFactory, new SignalRegistry());
        }
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnSignalRegistryPopulator() {
        greetingApp().withUserConfiguration(OwnPopulator.class).run(context -> {
            assertThat(context).hasSingleBean(SignalRegistryPopulator.class).hasBean("myPopulator");
            assertThat(context.getBean(SignalRegistry.class).names()).isEmpty();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRegistrar {
        @Bean
        SignalReceiverRegistrar myRegistrar(ConfigurableListableBeanFactory beanFactory, SignalRegistry registry) {
            return new SignalReceiverRegistrar(beanFactory, registry, null);
        }
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnSignalReceiverRegistrar() {
        greetingApp().withUserConfiguration(OwnRegistrar.class).run(context -> {
            assertThat(context).hasSingleBean(SignalReceiverRegistrar.class).hasBean("myRegistrar");
            // one registrar, so the receiver is connected once
            assertThat(context.getBean("greeted", Signal.class).send(null, new Greeting("once"))).hasSize(1);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnSettings {
        @Bean(destroyMethod = "shutdownNow")
        ExecutorService settingsPool() {
            return Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "settings-pool"));
        }

        @Bean
        ContextSignalSettings mySettings(ConfigurableListableBeanFactory beanFactory, ExecutorService settingsPool) {
            return new ContextSignalSettings(beanFactory, settingsPool, null, List.of());
        }
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnContextSignalSettings() {
        greetingApp().withUserConfiguration(OwnSettings.class).run(context -> {
            assertThat(context).hasSingleBean(ContextSignalSettings.class).hasBean("mySettings");
            assertThat(asyncReply(context.getBean("greeted", Signal.class))).endsWith("on settings-pool");
        });
    }

    @Test
    void aChildContextGetsItsOwnRegistryWhoseNamesIncludeItsParentsSignals() {
        greetingApp().run(parent -> runner.withParent(parent)
                .withBean("childSignal", Signal.class, () -> new Signal<>("child_signal"))
                .run(child -> {
                    assertThat(child.getBeanFactory().containsLocalBean("signalRegistry")).isTrue();
                    assertThat(child.getBeanFactory().containsLocalBean("signalReceiverRegistrar")).isTrue();
                    assertThat(child.getBeanFactory().containsLocalBean("contextSignalSettings")).isTrue();
                    assertThat(child.getBean(SignalRegistry.class).names()).containsExactly("child_signal", "greeted");
                    assertThat(parent.getBean(SignalRegistry.class).names()).containsExactly("greeted");
                }));
    }

    @Configuration(proxyBeanMethods = false)
    static class ConventionalExecutor {
        @Bean(destroyMethod = "shutdownNow")
        ExecutorService signalAsyncExecutor() {
            return Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "conventional-signal-executor"));
        }
    }

    @Test
    void leavesSpringBootsApplicationTaskExecutorInPlace() {
        // Boot backs off from its executor when any Executor bean exists: @Async methods, MVC async
        // requests and Modulith listeners would each get a new thread per task
        greetingApp().withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class)).run(context -> {
            assertThat(context).hasSingleBean(ThreadPoolTaskExecutor.class);
            assertThat(context.getBeansOfType(Executor.class)).containsOnlyKeys("applicationTaskExecutor");
        });
    }

    @Test
    void signalsCanRunOnSpringBootsApplicationTaskExecutor() {
        greetingApp().withConfiguration(AutoConfigurations.of(TaskExecutionAutoConfiguration.class))
                .withPropertyValues("signals.async.executor=applicationTaskExecutor")
                .run(context -> assertThat(asyncReply(context.getBean("greeted", Signal.class))).matches(".* on task-\\d+"));
    }

    @Test
    void anExecutorBeanWithTheConventionalNameRunsAsyncSends() {
        greetingApp().withUserConfiguration(ConventionalExecutor.class).run(context -> {
            Signal<Greeting> signal = context.getBean("greeted", Signal.class);
            assertThat(signal.asyncExecutor()).isSameAs(context.getBean(AsyncSignalWork.class).executor());
            assertThat(asyncReply(signal)).endsWith("on conventional-signal-executor");
        });
    }

    @Test
    void theContextsExecutorIsTakenBackWhenTheContextCloses() {
        AtomicReference<Signal<Greeting>> signal = new AtomicReference<>();
        AtomicReference<Object> contextsExecutor = new AtomicReference<>();
        greetingApp().withUserConfiguration(ConventionalExecutor.class).run(context -> {
            signal.set(context.getBean("greeted", Signal.class));
            contextsExecutor.set(context.getBean(AsyncSignalWork.class).executor());
        });
        // the context's executor is shut down with it, so the signal falls back to the default
        assertThat(signal.get().asyncExecutor()).isNotSameAs(contextsExecutor.get());
        assertThat(((ExecutorService) signal.get().asyncExecutor()).isShutdown()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    static class NamedExecutor {
        @Bean(destroyMethod = "shutdownNow")
        ExecutorService reportingPool() {
            return Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "reporting-pool"));
        }
    }

    @Test
    void thePropertyNamesAnotherExecutorBean() {
        greetingApp().withUserConfiguration(NamedExecutor.class).withPropertyValues("signals.async.executor=reportingPool").run(context -> {
            Signal<Greeting> signal = context.getBean("greeted", Signal.class);
            assertThat(asyncReply(signal)).endsWith("on reporting-pool");
        });
    }

    @Test
    void withoutConfigurationAsyncSendsUseTheDefaultExecutor() {
        greetingApp().withUserConfiguration(NamedExecutor.class).run(context -> {
            Signal<Greeting> signal = context.getBean("greeted", Signal.class);
            assertThat(asyncReply(signal)).doesNotEndWith("on reporting-pool");
        });
    }

    @Test
    void anEmptyPropertyMeansTheDefaultExecutor() {
        greetingApp().withUserConfiguration(ConventionalExecutor.class).withPropertyValues("signals.async.executor=").run(context ->
                assertThat(asyncReply(context.getBean("greeted", Signal.class))).endsWith("on conventional-signal-executor"));
    }

    @Test
    void aChildContextsExecutorLeavesItsParentsSignalsAlone() {
        greetingApp().run(parent -> runner.withParent(parent)
                .withUserConfiguration(ConventionalExecutor.class)
                .withBean("childSignal", Signal.class, () -> new Signal<>("child_signal"))
                .run(child -> {
                    Executor childs = child.getBeanFactory().getBean(AsyncSignalWork.class).executor();
                    assertThat(child.getBean("childSignal", Signal.class).asyncExecutor()).isSameAs(childs);
                    assertThat(parent.getBean("greeted", Signal.class).asyncExecutor()).isNotSameAs(childs);
                }));
    }

    @Test
    void aPropertyNamingAMissingBeanStopsStartUp() {
        greetingApp().withPropertyValues("signals.async.executor=nope").run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure())).isInstanceOfSatisfying(SignalConfigurationException.class, e -> {
                assertThat(e.description()).contains("signals.async.executor names the bean 'nope'");
                assertThat(e.action()).contains("Define an Executor bean named 'nope'");
            });
        });
    }

    @Test
    void aPropertyNamingABeanThatIsNoExecutorStopsStartUp() {
        greetingApp().withPropertyValues("signals.async.executor=greetingReceiver").run(context ->
                assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure())).isInstanceOfSatisfying(SignalConfigurationException.class, e -> {
                    assertThat(e.description()).contains("'greetingReceiver'").contains("not a java.util.concurrent.Executor");
                    assertThat(e.action()).contains("point signals.async.executor at one");
                }));
    }

    private static String asyncReply(Signal<Greeting> signal) throws Exception {
        CompletableFuture<List<ReceiverResult>> future = signal.asend(null, new Greeting("hi"));
        return String.valueOf(future.get(10, TimeUnit.SECONDS).get(0).value());
    }

    @Test
    void withSpringsTransactionsTheSignalsWaitForTheSendingThreadsTransaction() {
        greetingApp().run(context -> {
            assertThat(context).hasSingleBean(TransactionPhaseScheduler.class).hasSingleBean(CommitTracker.class);
            assertThat(context.getBean("greeted", Signal.class).deliveryScheduler()).isSameAs(context.getBean(TransactionPhaseScheduler.class));
        });
    }

    @Test
    void withoutSpringsTransactionsPhasesFollowTheNoTransactionRule() {
        greetingApp().withClassLoader(new FilteredClassLoader(PlatformTransactionManager.class)).run(context -> {
            assertThat(context).doesNotHaveBean(DeliveryScheduler.class).doesNotHaveBean(CommitTracker.class);
            assertThat(context.getBean("greeted", Signal.class).deliveryScheduler()).isSameAs(DeliveryScheduler.NO_TRANSACTIONS);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnScheduler {
        @Bean
        DeliveryScheduler myScheduler() {
            return delivery -> false;
        }
    }

    @Test
    void backsOffWhenTheUserDefinesTheirOwnDeliveryScheduler() {
        greetingApp().withUserConfiguration(OwnScheduler.class).run(context -> {
            assertThat(context).doesNotHaveBean(TransactionPhaseScheduler.class);
            assertThat(context.getBean("greeted", Signal.class).deliveryScheduler()).isSameAs(context.getBean("myScheduler"));
        });
    }

    @Test
    void theSchedulerIsTakenBackWhenTheContextCloses() {
        AtomicReference<Signal<Greeting>> signal = new AtomicReference<>();
        greetingApp().run(context -> signal.set(context.getBean("greeted", Signal.class)));
        assertThat(signal.get().deliveryScheduler()).isSameAs(DeliveryScheduler.NO_TRANSACTIONS);
    }

    static final class SeenSends implements SignalMonitor {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
            seen.add(signal);
            return null;
        }
    }

    @Test
    void monitorBeansWatchTheContextsSignalsUntilItCloses() {
        AtomicReference<Signal<Greeting>> signal = new AtomicReference<>();
        SeenSends monitor = new SeenSends();
        greetingApp().withBean(SeenSends.class, () -> monitor).run(context -> {
            signal.set(context.getBean("greeted", Signal.class));
            signal.get().send(null, new Greeting("hi"));
            assertThat(monitor.seen).containsExactly("greeted");
        });
        signal.get().send(null, new Greeting("after close"));
        assertThat(monitor.seen).containsExactly("greeted");
    }
}
