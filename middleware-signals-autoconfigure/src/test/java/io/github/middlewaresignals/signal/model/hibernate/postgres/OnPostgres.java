package io.github.middlewaresignals.signal.model.hibernate.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test class against a fresh database on a real PostgreSQL server instead of H2.
 * Hibernate creates the schema from the entities when the context starts and leaves it there: the
 * database goes away with the server, and a drop at JVM exit could find the server already stopped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(FreshPostgresDatabase.class)
@TestPropertySource(properties = "spring.jpa.hibernate.ddl-auto=create")
public @interface OnPostgres {
}
