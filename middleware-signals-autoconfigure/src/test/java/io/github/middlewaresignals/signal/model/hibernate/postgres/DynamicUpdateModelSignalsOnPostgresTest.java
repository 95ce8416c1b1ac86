package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.DynamicUpdateModelSignalsTest;

/** A pre_save change reaches PostgreSQL also when the UPDATE writes only the changed columns. */
@OnPostgres
class DynamicUpdateModelSignalsOnPostgresTest extends DynamicUpdateModelSignalsTest {
}
