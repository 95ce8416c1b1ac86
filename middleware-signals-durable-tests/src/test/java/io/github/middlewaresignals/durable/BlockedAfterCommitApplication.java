package io.github.middlewaresignals.durable;

import io.github.middlewaresignals.signal.Signal;
import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Run in a JVM of its own by {@link DurableCrashTest}: commits a send of {@code order_completed} whose
 * durable receiver then blocks forever, and says so on standard output, so the test can kill the JVM
 * between the commit and the end of the receiver.
 */
public final class BlockedAfterCommitApplication {

    public static final String BLOCKED = "durable receiver blocked after the commit";

    private BlockedAfterCommitApplication() {
    }

    /** @param args the JDBC URL of the database the application uses */
    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DurableTestApplication.class)
                .properties("spring.datasource.url=" + args[0])
                .run();
        ReceiverScript script = context.getBean(ReceiverScript.class);
        script.release = new CountDownLatch(1);
        Thread announcer = new Thread(() -> {
            try {
                script.blocked.await();
                System.out.println(BLOCKED);
                System.out.flush();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        announcer.start();
        @SuppressWarnings("unchecked")
        Signal<OrderCompleted> orderCompleted = context.getBean("orderCompleted", Signal.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> orderCompleted.send(BlockedAfterCommitApplication.class, new OrderCompleted(42, new BigDecimal("99.50"))));
    }
}
