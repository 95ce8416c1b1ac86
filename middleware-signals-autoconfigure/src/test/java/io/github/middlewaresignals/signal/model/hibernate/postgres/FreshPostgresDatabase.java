package io.github.middlewaresignals.signal.model.hibernate.postgres;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application context's DataSource: a fresh database on the test JVM's PostgreSQL server, made
 * when the context starts. Boot's own DataSource backs off.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreshPostgresDatabase {

    @Bean
    HikariDataSource dataSource() {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(PostgresServer.newDatabase()).username(PostgresServer.username()).build();
        // several contexts stay cached at once; a few connections each is plenty for these tests
        dataSource.setMaximumPoolSize(5);
        return dataSource;
    }
}
