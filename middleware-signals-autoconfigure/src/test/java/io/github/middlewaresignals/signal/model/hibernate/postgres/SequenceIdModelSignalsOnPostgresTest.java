package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.SequenceIdModelSignalsTest;

/** The model-signal contract for SEQUENCE ids with a @Version, on PostgreSQL. */
@OnPostgres
class SequenceIdModelSignalsOnPostgresTest extends SequenceIdModelSignalsTest {
}
