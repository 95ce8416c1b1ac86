package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.ListM2MChangedTest;

/** m2m_changed for a List mapping with SEQUENCE ids, on PostgreSQL. */
@OnPostgres
class ListM2MChangedOnPostgresTest extends ListM2MChangedTest {
}
