package io.github.middlewaresignals.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import io.github.middlewaresignals.signal.ReceiverResult;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.durable.DurableDelivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A durable delivery that cannot be recorded never commits silently: not even a {@code sendRobust},
 * which logs what its receivers throw, lets the sending transaction commit without the record.
 */
@SpringBootTest(classes = {DurableTestApplication.class, UnrecordedDeliveryTest.FailingRecords.class},
        properties = "spring.datasource.url=jdbc:h2:mem:unrecorded-delivery;DB_CLOSE_DELAY=-1")
class UnrecordedDeliveryTest {

    /** Stands for a record the registry refuses (an event it cannot serialise, a store that is down). */
    @Configuration(proxyBeanMethods = false)
    static class FailingRecords {
        @Bean
        Object refusingRecorder() {
            return new Object() {
                @EventListener
                void refuse(DurableDelivery delivery) {
                    throw new IllegalStateException("the publication store refused order " + delivery.payload());
                }
            };
        }
    }

    @Autowired
    Signal<OrderCompleted> orderCompleted;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRobustSendWhoseDurableDeliveryCannotBeRecordedRollsItsTransactionBack() {
        invoices.deleteAll();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            invoices.save(new Invoice(41, new BigDecimal("5.00")));
            List<ReceiverResult> results = orderCompleted.sendRobust(UnrecordedDeliveryTest.class, new OrderCompleted(41, new BigDecimal("5.00")));
            assertThat(results).anySatisfy(result -> assertThat(result.error()).hasMessageContaining("publication store refused"));
        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be recorded")
                .hasRootCauseMessage("the publication store refused order OrderCompleted[orderId=41, total=5.00]");

        assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class)).isZero();
    }
}
