package io.github.middlewaresignals.signal.model.hibernate.postgres;

import io.github.middlewaresignals.signal.model.hibernate.DataJpaTestSliceTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** The {@code @DataJpaTest} slice includes the model signals also when it keeps the application's PostgreSQL. */
@OnPostgres
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaTestSliceOnPostgresTest extends DataJpaTestSliceTest {
}
