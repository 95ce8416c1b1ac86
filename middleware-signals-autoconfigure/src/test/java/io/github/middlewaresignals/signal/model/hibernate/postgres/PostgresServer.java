package io.github.middlewaresignals.signal.model.hibernate.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test JVM: started the first time a test asks for a
 * database, stopped (and its data directory removed) when the JVM exits. Each caller gets a database
 * of its own, so application contexts never see each other's tables.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private PostgresServer() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static String newDatabase() {
        String name = "signals_test_" + DATABASES.incrementAndGet();
        try (Connection connection = Started.SERVER.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create the test database " + name, ex);
        }
        return Started.SERVER.getJdbcUrl("postgres", name);
    }

    public static String username() {
        return "postgres";
    }

    /** Holds the server; the JVM starts it on first access to this class, once, thread-safely. */
    private static final class Started {

        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                // durability buys nothing in a throw-away test server and costs every commit a disk sync
                return EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
            }
        }
    }
}
