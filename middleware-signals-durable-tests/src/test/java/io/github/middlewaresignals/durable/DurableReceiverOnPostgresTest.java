package io.github.middlewaresignals.durable;

import io.github.middlewaresignals.signal.model.hibernate.postgres.OnPostgres;

/** The durable receiver's deliveries in Spring Modulith's JPA registry on a real PostgreSQL server. */
@OnPostgres
class DurableReceiverOnPostgresTest extends DurableReceiverTest {
}
