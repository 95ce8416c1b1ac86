package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.JdbcBatchingModelSignalsTest;

/** Batched INSERTs on PostgreSQL send once per row, and never for a failed batch. */
@OnPostgres
class JdbcBatchingModelSignalsOnPostgresTest extends JdbcBatchingModelSignalsTest {
}
