package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.UpdateFieldsOnRealMappingsTest;

/** {@code updateFields()} on the mappings real applications use, on PostgreSQL. */
@OnPostgres
class UpdateFieldsOnPostgresTest extends UpdateFieldsOnRealMappingsTest {
}
