package io.github.middlewaresignals.signal.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import io.github.middlewaresignals.autoconfigure.SignalsAutoConfiguration;
import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.support.TransactionTemplate;

/** With two transaction managers, a receiver's phase follows whichever transaction the sending thread runs. */
class SeveralTransactionManagersTest {

    static class Receivers {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT)
        void committed(String order) {
            calls.add("committed " + order);
        }

        @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_ROLLBACK)
        void rolledBack(String order) {
            calls.add("rolled back " + order);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class App {
        @Bean
        Signal<String> orderCompleted() {
            return new Signal<>("order_completed");
        }

        @Bean
        Receivers receivers() {
            return new Receivers();
        }

        @Bean(destroyMethod = "shutdown")
        EmbeddedDatabase billing() {
            return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
        }

        @Bean(destroyMethod = "shutdown")
        EmbeddedDatabase shipping() {
            return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
        }

        @Bean
        DataSourceTransactionManager billingTransactions(DataSource billing) {
            return new DataSourceTransactionManager(billing);
        }

        @Bean
        DataSourceTransactionManager shippingTransactions(DataSource shipping) {
            return new DataSourceTransactionManager(shipping);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
            .withUserConfiguration(App.class);

    @Test
    void eachSendFollowsTheOutcomeOfTheTransactionItWasSentIn() {
        runner.run(context -> {
            Signal<String> signal = context.getBean("orderCompleted", Signal.class);
            Receivers receivers = context.getBean(Receivers.class);
            TransactionTemplate billing = new TransactionTemplate(context.getBean("billingTransactions", DataSourceTransactionManager.class));
            TransactionTemplate shipping = new TransactionTemplate(context.getBean("shippingTransactions", DataSourceTransactionManager.class));
            JdbcTemplate shippingJdbc = new JdbcTemplate(context.getBean("shipping", DataSource.class));

            shipping.executeWithoutResult(status -> {
                shippingJdbc.execute("create table parcel(id int)");
                signal.send(null, "o1");
                assertThat(receivers.calls).isEmpty();
            });
            billing.executeWithoutResult(status -> {
                signal.send(null, "o2");
                status.setRollbackOnly();
            });

            assertThat(receivers.calls).containsExactly("committed o1", "rolled back o2");
        });
    }
}
