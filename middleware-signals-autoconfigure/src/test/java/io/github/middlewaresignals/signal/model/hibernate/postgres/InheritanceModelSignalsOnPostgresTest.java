package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.InheritanceModelSignalsTest;

/** The senders of SINGLE_TABLE, JOINED and @MappedSuperclass entities, on PostgreSQL. */
@OnPostgres
class InheritanceModelSignalsOnPostgresTest extends InheritanceModelSignalsTest {
}
