package io.github.middlewaresignals.signal.transaction;

import java.util.List;
import io.github.middlewaresignals.signal.Signal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** H2, Hibernate, a custom signal, and the transaction-phase scheduler on every signal. */
@SpringBootApplication
public class PhaseTestApplication {

    static final int MAX_NESTING_DEPTH = 4;

    @Bean
    Signal<String> orderCompleted() {
        return new Signal<>("order_completed");
    }

    @Bean
    CommitTracker commitTracker() {
        return new CommitTracker();
    }

    @Bean
    TransactionPhaseScheduler transactionPhaseScheduler(PlatformTransactionManager transactionManager, CommitTracker commits) {
        return new TransactionPhaseScheduler(new TransactionTemplate(transactionManager), commits, MAX_NESTING_DEPTH);
    }

    @Bean
    SmartInitializingSingleton phasesOnEverySignal(ObjectProvider<Signal<?>> signals, TransactionPhaseScheduler scheduler) {
        return () -> signals.orderedStream().forEach(signal -> signal.useDeliveryScheduler(scheduler));
    }

    static List<String> names(List<? extends Named> rows) {
        return rows.stream().map(Named::name).toList();
    }

    interface Named {
        String name();
    }
}
