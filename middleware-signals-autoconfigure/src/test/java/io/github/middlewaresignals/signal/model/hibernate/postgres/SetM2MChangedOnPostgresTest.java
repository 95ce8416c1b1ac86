package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.SetM2MChangedTest;

/** m2m_changed for a Set mapping with IDENTITY ids, on PostgreSQL. */
@OnPostgres
class SetM2MChangedOnPostgresTest extends SetM2MChangedTest {
}
