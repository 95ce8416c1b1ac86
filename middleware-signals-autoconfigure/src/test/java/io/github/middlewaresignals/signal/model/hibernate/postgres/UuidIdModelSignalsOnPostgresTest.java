package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.UuidIdModelSignalsTest;

/** The model-signal contract for application-assigned UUID ids, on PostgreSQL's uuid type. */
@OnPostgres
class UuidIdModelSignalsOnPostgresTest extends UuidIdModelSignalsTest {
}
