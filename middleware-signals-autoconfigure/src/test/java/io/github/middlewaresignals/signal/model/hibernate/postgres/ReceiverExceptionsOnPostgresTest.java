package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.ReceiverExceptionsThroughRepositoriesTest;

/** What the caller of a repository sees when a receiver throws, on PostgreSQL. */
@OnPostgres
class ReceiverExceptionsOnPostgresTest extends ReceiverExceptionsThroughRepositoriesTest {
}
