package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.IdentityIdModelSignalsTest;

/** The model-signal contract for IDENTITY ids, on PostgreSQL. */
@OnPostgres
class IdentityIdModelSignalsOnPostgresTest extends IdentityIdModelSignalsTest {
}
