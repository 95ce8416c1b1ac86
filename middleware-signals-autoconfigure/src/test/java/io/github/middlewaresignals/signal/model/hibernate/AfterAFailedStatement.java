package io.github.middlewaresignals.signal.model.hibernate;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A write that an application tries in the same transaction after one of its statements failed.
 * Databases differ here: H2 goes on and writes it; PostgreSQL refuses every statement until the
 * transaction ends (SQLState 25P02, "current transaction is aborted"). Any other failure fails the test.
 */
final class AfterAFailedStatement {

    /** SQLSTATE {@code in_failed_sql_transaction}. */
    private static final String TRANSACTION_ABORTED = "25P02";

    private AfterAFailedStatement() {
    }

    /** Runs the write and tells whether the database took it. */
    static boolean written(Runnable write) {
        Throwable thrown = catchThrowable(write::run);
        if (thrown == null) {
            return true;
        }
        assertThat(ModelSignalsContract.causes(thrown)).as("only the database's refusal of a failed transaction may stop the write")
                .anySatisfy(cause -> assertThat(cause).isInstanceOfSatisfying(SQLException.class,
                        ex -> assertThat(ex.getSQLState()).isEqualTo(TRANSACTION_ABORTED)));
        return false;
    }
}
