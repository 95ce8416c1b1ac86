package io.github.middlewaresignals.benchmarks.load;

import io.github.middlewaresignals.benchmarks.Exclusions;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One running Spring Boot application with Spring Data JPA on in-memory H2 and a table of
 * {@value #ROWS} rows, with or without the starter. It checks that each setup is what its
 * benchmark claims: no signal bean without the starter; with it, the model signals exist and
 * nobody hears {@code pre_init} or {@code post_init}.
 */
final class LoadFixture implements AutoCloseable {

    static final int ROWS = 1_000;

    private final ConfigurableApplicationContext context;
    private final LoadRowRepository rows;
    private final TransactionTemplate transactions;

    private LoadFixture(ConfigurableApplicationContext context) {
        this.context = context;
        this.rows = context.getBean(LoadRowRepository.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** @param withStarter whether the starter's auto-configurations run; without, all are excluded */
    static LoadFixture start(boolean withStarter) {
        List<String> properties = new ArrayList<>(List.of("logging.level.root=WARN"));
        if (!withStarter) {
            properties.add(Exclusions.property(Exclusions.starter()));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LoadBenchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties.toArray(String[]::new))
                .run();
        LoadFixture fixture = new LoadFixture(context);
        fixture.check(withStarter);
        context.getBean(JdbcTemplate.class).update(
                "insert into load_row (id, name, visits) select x, concat('row ', x), x from system_range(1, ?)", ROWS);
        return fixture;
    }

    /** Loads every row in one transaction. @return the sum of their visits */
    long loadAll() {
        Long sum = transactions.execute(status -> {
            List<LoadRow> all = rows.findAll();
            if (all.size() != ROWS) {
                throw new IllegalStateException("Loaded " + all.size() + " rows, not " + ROWS);
            }
            long visits = 0;
            for (LoadRow row : all) {
                visits += row.getVisits();
            }
            return visits;
        });
        return sum;
    }

    @Override
    public void close() {
        context.close();
    }

    private void check(boolean withStarter) {
        ModelSignals modelSignals = context.getBeanProvider(ModelSignals.class).getIfAvailable();
        if (!withStarter && (modelSignals != null || context.getBeanNamesForType(Signal.class).length > 0)) {
            throw new IllegalStateException("The starter was meant to be excluded, but its signals are beans");
        }
        if (withStarter && (modelSignals == null || modelSignals.preInit().isHeard() || modelSignals.postInit().isHeard())) {
            throw new IllegalStateException("Expected the starter's model signals, with nobody hearing pre_init or post_init");
        }
    }
}
