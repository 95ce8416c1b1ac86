package io.github.middlewaresignals.sample.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint violations are the client's conflict and which are the app's bug. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aUniqueViolationIsAConflict() {
        DataIntegrityViolationException exception = violation(ConstraintKind.UNIQUE);

        assertThat(handler.integrityViolation(exception).getStatus()).isEqualTo(409);
    }

    @Test
    void anyOtherViolationIsNotHiddenAsAConflict() {
        DataIntegrityViolationException exception = violation(ConstraintKind.NOT_NULL);

        assertThatThrownBy(() -> handler.integrityViolation(exception)).isSameAs(exception);
    }

    private static DataIntegrityViolationException violation(ConstraintKind kind) {
        return new DataIntegrityViolationException("could not execute statement",
                new ConstraintViolationException("could not execute statement", new SQLException("violation"), null, kind, "some_constraint"));
    }
}
