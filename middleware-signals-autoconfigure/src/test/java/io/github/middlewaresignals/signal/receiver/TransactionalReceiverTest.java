package io.github.middlewaresignals.signal.receiver;

import io.github.middlewaresignals.diagnostics.ConfigurationProblemFailureAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.ReceiverFailedException;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderCompleted;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderRefunded;
import io.github.middlewaresignals.signal.receiver.Fixtures.OrderSignals;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Receivers are called through the bean's proxy, so advice such as @Transactional applies. */
class TransactionalReceiverTest {

    static final IOException DECLARED = new IOException("declared");

    static class TransactionalReceivers {

        @Transactional
        @SignalReceiver(signal = "order_completed")
        boolean inTransaction(OrderCompleted event) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @SignalReceiver(signal = "order_completed")
        boolean withoutTransaction(OrderCompleted event) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @Transactional
        @SignalReceiver(signal = "order_refunded")
        void failsWithACheckedException(OrderRefunded event) throws IOException {
            throw DECLARED;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({OrderSignals.class, TransactionalReceivers.class})
    static class App {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class))
            .withPropertyValues("spring.datasource.generate-unique-name=true")
            .withUserConfiguration(App.class);

    @Test
    void aTransactionalReceiverRunsInATransaction() {
        runner.run(context -> {
            assertThat(AopUtils.isAopProxy(context.getBean(TransactionalReceivers.class))).isTrue();
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);

            assertThat(signal.send(null, new OrderCompleted("A1")))
                    .extracting(result -> result.receiver().toString(), ReceiverResult::value)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(TransactionalReceivers.class.getName() + "#inTransaction", true),
                            org.assertj.core.groups.Tuple.tuple(TransactionalReceivers.class.getName() + "#withoutTransaction", false));
        });
    }

    @Test
    void aCheckedExceptionPassesTheProxyUnchanged() {
        runner.run(context -> {
            Signal<OrderRefunded> signal = context.getBean("orderRefunded", Signal.class);
            assertThatThrownBy(() -> signal.send(null, new OrderRefunded("R1")))
                    .isInstanceOf(ReceiverFailedException.class)
                    .cause().isSameAs(DECLARED);
        });
    }

    static class SneakyReceiver {
        static final Exception UNDECLARED = new Exception("undeclared");

        @Transactional
        @SignalReceiver(signal = "order_completed")
        void sneaky(OrderCompleted event) {
            throw new UndeclaredThrowableException(UNDECLARED);
        }
    }

    @Test
    void aProxysWrapperOfAnUndeclaredCheckedExceptionIsRemoved() {
        runner.withUserConfiguration(SneakyReceiver.class).run(context -> {
            Signal<OrderCompleted> signal = context.getBean("orderCompleted", Signal.class);
            assertThat(signal.sendRobust(null, new OrderCompleted("A1")))
                    .filteredOn(result -> result.error() != null)
                    .singleElement().extracting(ReceiverResult::error).isSameAs(SneakyReceiver.UNDECLARED);
        });
    }

    static class FinalReceiver {
        @Transactional
        @SignalReceiver(signal = "order_completed")
        final void confirm(OrderCompleted event) {
        }
    }

    @Test
    void aFinalMethodOnAProxiedBeanIsRejected() {
        runner.withUserConfiguration(FinalReceiver.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                    .contains(FinalReceiver.class.getName() + "#confirm").contains("is final");
        });
    }

    static class PrivateReceiver {
        @Transactional
        @SignalReceiver(signal = "order_completed")
        private void confirm(OrderCompleted event) {
        }
    }

    @Test
    void aPrivateMethodOnAProxiedBeanIsRejected() {
        runner.withUserConfiguration(PrivateReceiver.class).run(context -> {
            assertThat(context).hasFailed();
            var analysis = new ConfigurationProblemFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains(PrivateReceiver.class.getName() + "#confirm").contains("proxy");
            assertThat(analysis.getAction()).contains("non-private");
        });
    }
}
