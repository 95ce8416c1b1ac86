package io.github.middlewaresignals.benchmarks;

/**
 * The module has Spring Data JPA and H2 on its class path for the persistence benchmark; the
 * other benchmark applications switch the database auto-configurations off so that neither
 * start-up nor request handling (open-session-in-view) carries any JPA work.
 */
public final class WithoutDatabase {

    /** A Spring Boot property line that excludes every auto-configuration that would start a database. */
    public static final String EXCLUDE_DATABASE = "spring.autoconfigure.exclude="
            + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
            + "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration,"
            + "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration";

    private WithoutDatabase() {
    }
}
