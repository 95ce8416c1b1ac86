package io.github.middlewaresignals.benchmarks.durable;

import io.github.middlewaresignals.signal.Signal;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One running benchmark application with one way of delivering, and the operation the benchmark times:
 * a transaction that saves one row and announces it, then the wait until that announcement is
 * delivered (received, and for a recorded delivery, completed in the registry). It also counts the SQL
 * statements one such operation costs, and checks that every delivery really happened.
 */
final class DeliveryFixture implements AutoCloseable {

    private final Delivery delivery;
    private final ConfigurableApplicationContext context;
    private final SavedRowRepository rows;
    private final Signal<RowSaved> rowSaved;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Deliveries deliveries;
    private final JdbcTemplate jdbc;
    private long sent;

    @SuppressWarnings("unchecked")
    private DeliveryFixture(Delivery delivery, ConfigurableApplicationContext context) {
        this.delivery = delivery;
        this.context = context;
        this.rows = context.getBean(SavedRowRepository.class);
        this.rowSaved = context.getBean("rowSaved", Signal.class);
        this.publisher = context;
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.deliveries = context.getBean(Deliveries.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    static DeliveryFixture start(Delivery delivery) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DeliveryBenchApplication.class, delivery.receiver)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Completed publications are deleted rather than kept: the registry finds the row to complete by
                // its serialized event, with no index, so with kept rows every completion would cost more than the
                // one before and a figure would depend on how long its iteration ran (for Modulith's listener alike).
                .properties("logging.level.root=WARN", "spring.jpa.open-in-view=false",
                        "spring.modulith.events.completion-mode=delete")
                .run();
        return new DeliveryFixture(delivery, context);
    }

    /** Saves one row in a transaction that announces it, and waits until the announcement is delivered. */
    long saveAndDeliver() throws InterruptedException {
        long number = ++sent;
        transactions.executeWithoutResult(status -> {
            long id = rows.save(new SavedRow(number)).getId();
            if (delivery == Delivery.MODULITH_LISTENER) {
                publisher.publishEvent(new RowSaved(id));
            }
            else {
                rowSaved.send(SavedRow.class, new RowSaved(id));
            }
        });
        if (delivery.recorded) {
            deliveries.awaitCompleted(number);
        }
        else {
            deliveries.awaitReceived(number);
        }
        return number;
    }

    /** Prints the SQL statements and transactions one operation costs, counted by Hibernate over this many operations. */
    void printStatementsPerOperation(int operations) throws InterruptedException {
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        for (int i = 0; i < operations; i++) {
            saveAndDeliver();
        }
        statistics.setStatisticsEnabled(false);
        System.out.printf(Locale.ROOT, "%n%s: %.2f SQL statements and %.2f transactions per operation (Hibernate statistics over %d)%n",
                delivery, statistics.getPrepareStatementCount() / (double) operations,
                statistics.getTransactionCount() / (double) operations, operations);
    }

    /**
     * Checks that every send was received once and, when recorded, completed with nothing left incomplete; then
     * empties the tables, so that every iteration starts alike.
     */
    void checkAndEmptyTables() {
        expect("receiver calls", deliveries.receivedCount(), sent);
        if (delivery.recorded) {
            expect("completed deliveries", deliveries.completedCount(), sent);
            expect("incomplete deliveries", context.getBean(EventPublicationRegistry.class).findIncompletePublications().size(), 0);
        }
        jdbc.update("delete from event_publication");
        jdbc.update("delete from saved_row");
    }

    @Override
    public void close() {
        context.close();
    }

    private static void expect(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("Expected " + expected + " " + what + ", found " + actual
                    + ": the benchmark would not measure what it claims");
        }
    }
}
