package io.github.middlewaresignals.autoconfigure;

import io.github.middlewaresignals.signal.DeliveryScheduler;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.github.middlewaresignals.signal.SignalRegistry;
import io.github.middlewaresignals.signal.receiver.ContextSignalSettings;
import io.github.middlewaresignals.signal.receiver.AsyncSignalWork;
import io.github.middlewaresignals.signal.receiver.DurableDeliveries;
import io.github.middlewaresignals.signal.receiver.SignalConfigurationException;
import io.github.middlewaresignals.signal.receiver.SignalReceiverRegistrar;
import io.github.middlewaresignals.signal.receiver.SignalRegistryPopulator;
import io.github.middlewaresignals.signal.transaction.CommitTracker;
import io.github.middlewaresignals.signal.transaction.TransactionPhaseScheduler;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Auto-configuration of the signal core: every Signal bean registered by name in a
 * {@link SignalRegistry}, the context's settings given to the signals it defines, and
 * {@code @SignalReceiver} methods connected once the context is ready and disconnected when it
 * closes. Needs neither JPA nor the web; with Spring's transactions on the classpath, receivers with a
 * phase wait for the sending thread's transaction.
 * <p>
 * Each context gets its own beans ({@link SearchStrategy#CURRENT}): a child context must neither
 * fill its parent's registry nor leave its receivers to the parent's registrar.
 */
@AutoConfiguration
@EnableConfigurationProperties(SignalsProperties.class)
public final class SignalsAutoConfiguration {

    /** The name of an {@link Executor} bean that async sends run on when {@code signals.async.executor} names none. */
    public static final String SIGNAL_ASYNC_EXECUTOR_BEAN_NAME = "signalAsyncExecutor";

    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    SignalRegistry signalRegistry() {
        return new SignalRegistry();
    }

    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    SignalRegistryPopulator signalRegistryPopulator(ConfigurableListableBeanFactory beanFactory, SignalRegistry signalRegistry) {
        return new SignalRegistryPopulator(beanFactory, signalRegistry);
    }

    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    AsyncSignalWork signalAsyncWork(ConfigurableListableBeanFactory beanFactory, ApplicationContext context,
                                    SignalsProperties properties) {
        Executor executor = asyncExecutor(beanFactory, properties.getAsync().getExecutor());
        return new AsyncSignalWork(executor != null ? executor : Signal.defaultAsyncExecutor(),
                context, properties.getAsync().getShutdownTimeout());
    }

    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    ContextSignalSettings contextSignalSettings(ConfigurableListableBeanFactory beanFactory, AsyncSignalWork signalAsyncWork,
                                                ObjectProvider<DeliveryScheduler> deliveryScheduler,
                                                ObjectProvider<SignalMonitor> monitors) {
        return new ContextSignalSettings(beanFactory, signalAsyncWork.executor(), deliveryScheduler.getIfUnique(),
                monitors.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    SignalReceiverRegistrar signalReceiverRegistrar(ConfigurableListableBeanFactory beanFactory, SignalRegistry signalRegistry,
                                                    ObjectProvider<DurableDeliveries> durableDeliveries) {
        return new SignalReceiverRegistrar(beanFactory, signalRegistry, durableDeliveries.getIfUnique());
    }

    /**
     * Transaction phases, with Spring's transactions on the classpath: receivers wait for the transaction of
     * the sending thread, whichever transaction manager runs it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PlatformTransactionManager.class)
    static final class TransactionPhasesConfiguration {

        /** Spring Boot adds every TransactionExecutionListener bean to the transaction managers it configures. */
        @Bean
        @ConditionalOnMissingBean
        CommitTracker signalCommitTracker() {
            return new CommitTracker();
        }

        @Bean
        @ConditionalOnMissingBean(DeliveryScheduler.class)
        TransactionPhaseScheduler transactionPhaseScheduler(CommitTracker signalCommitTracker, SignalsProperties properties) {
            return new TransactionPhaseScheduler(signalCommitTracker, properties.getModel().getMaxNestingDepth());
        }
    }

    /**
     * The executor {@code signals.async.executor} names, else the one under the conventional name,
     * else null for the core's default. The property is a bean name by contract, so the lookup is by name.
     */
    private static Executor asyncExecutor(ListableBeanFactory beanFactory, String configuredName) {
        String beanName = configuredName != null ? configuredName : SIGNAL_ASYNC_EXECUTOR_BEAN_NAME;
        if (!beanFactory.containsBean(beanName)) {
            if (configuredName != null) {
                throw new SignalConfigurationException(
                        "signals.async.executor names the bean '" + beanName + "' for async signal sends, but there is no such bean.",
                        "Define an Executor bean named '" + beanName + "', or set signals.async.executor to the name of an existing one "
                                + "(leave it unset for virtual threads where the JDK has them).");
            }
            return null;
        }
        Object candidate = beanFactory.getBean(beanName);
        if (!(candidate instanceof Executor executor)) {
            throw new SignalConfigurationException(
                    "The bean '" + beanName + "' that async signal sends should run on is a " + candidate.getClass().getName()
                            + ", not a java.util.concurrent.Executor.",
                    "Give that name to an Executor bean, or point signals.async.executor at one.");
        }
        return executor;
    }
}
