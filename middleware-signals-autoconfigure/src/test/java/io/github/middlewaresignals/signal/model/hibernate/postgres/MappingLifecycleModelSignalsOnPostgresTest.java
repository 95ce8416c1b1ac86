package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.MappingLifecycleModelSignalsTest;

/** Soft deletes, immutable entities and JPA callbacks next to the model signals, on PostgreSQL. */
@OnPostgres
class MappingLifecycleModelSignalsOnPostgresTest extends MappingLifecycleModelSignalsTest {
}
