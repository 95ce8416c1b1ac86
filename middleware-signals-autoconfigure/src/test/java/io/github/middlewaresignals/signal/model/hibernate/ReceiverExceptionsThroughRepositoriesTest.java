package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.List;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.ReceiverFailedException;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.IdentityAuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthorRepository;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the caller of a Spring Data repository sees when a model-signal receiver throws: the
 * README's table, row by row. Spring's persistence exception translation wraps
 * IllegalStateException and IllegalArgumentException; a write that runs at commit reaches the
 * caller through the commit's exception.
 */
@SpringBootTest(classes = ModelSignalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
public class ReceiverExceptionsThroughRepositoriesTest {

    static class Refused extends RuntimeException {
        Refused() {
            super("refused");
        }
    }

    static class CheckedRefusal extends Exception {
        CheckedRefusal() {
            super("refused, checked");
        }
    }

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    IdentityAuthorRepository identityAuthors;
    @Autowired
    SequenceAuthorRepository sequenceAuthors;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Runnable> disconnects = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        disconnects.forEach(Runnable::run);
        jdbc.update("delete from identity_author");
        jdbc.update("delete from sequence_author");
    }

    // --- the write runs inside the call: a new IDENTITY entity's save(), saveAndFlush(), flush() --

    @Test
    void aRuntimeExceptionReachesTheCallerOfAnIdentitySaveUnchanged() {
        Refused refused = new Refused();
        throwFrom(modelSignals.preSave(), refused);

        assertThatThrownBy(() -> identityAuthors.save(new IdentityAuthor("Ada"))).isSameAs(refused);
        assertThatThrownBy(() -> inTransaction(() -> identityAuthors.save(new IdentityAuthor("Ada")))).isSameAs(refused);
        assertThat(rows("identity_author")).isZero();
    }

    @Test
    void aRuntimeExceptionReachesTheCallerOfSaveAndFlushUnchanged() {
        Refused refused = new Refused();
        throwFrom(modelSignals.postSave(), refused);

        assertThatThrownBy(() -> sequenceAuthors.saveAndFlush(new SequenceAuthor("Ada"))).isSameAs(refused);
        assertThat(rows("sequence_author")).isZero();
    }

    @Test
    void aRuntimeExceptionReachesTheCallerOfFlushAfterADeleteUnchanged() {
        SequenceAuthor ada = sequenceAuthors.save(new SequenceAuthor("Ada"));
        Refused refused = new Refused();
        throwFrom(modelSignals.preDelete(), refused);

        assertThatThrownBy(() -> inTransaction(() -> {
            sequenceAuthors.delete(ada);
            sequenceAuthors.flush();
        })).isSameAs(refused);
        assertThat(rows("sequence_author")).isEqualTo(1);
    }

    @Test
    void anIllegalStateExceptionReachesTheCallerInsideInvalidDataAccessApiUsageException() {
        IllegalStateException illegalState = new IllegalStateException("refused, illegal state");
        throwFrom(modelSignals.preSave(), illegalState);

        assertThatThrownBy(() -> identityAuthors.save(new IdentityAuthor("Ada")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessage("refused, illegal state")
                .cause().isSameAs(illegalState);
    }

    @Test
    void anIllegalArgumentExceptionReachesTheCallerInsideInvalidDataAccessApiUsageException() {
        IllegalArgumentException illegalArgument = new IllegalArgumentException("refused, illegal argument");
        throwFrom(modelSignals.postSave(), illegalArgument);

        assertThatThrownBy(() -> sequenceAuthors.saveAndFlush(new SequenceAuthor("Ada")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessage("refused, illegal argument")
                .cause().isSameAs(illegalArgument);
    }

    @Test
    void aCheckedExceptionReachesTheCallerInsideReceiverFailedException() {
        CheckedRefusal refusal = new CheckedRefusal();
        throwFrom(modelSignals.preSave(), refusal);

        assertThatThrownBy(() -> identityAuthors.save(new IdentityAuthor("Ada")))
                .isInstanceOf(ReceiverFailedException.class).hasMessageContaining("of signal 'pre_save' failed")
                .cause().isSameAs(refusal);
    }

    // --- the write runs at commit: save() or delete() otherwise ---------------------------------

    @Test
    void aRuntimeExceptionAtCommitReachesTheCallerInsideTransactionSystemException() {
        Refused refused = new Refused();
        throwFrom(modelSignals.preSave(), refused);

        assertThatThrownBy(() -> inTransaction(() -> sequenceAuthors.save(new SequenceAuthor("Ada"))))
                .isInstanceOf(TransactionSystemException.class).hasMessage("Could not commit JPA transaction")
                .cause().isInstanceOf(RollbackException.class)
                .cause().isSameAs(refused);
        assertThatThrownBy(() -> sequenceAuthors.save(new SequenceAuthor("Ada")))
                .as("with no transaction around it, the repository's own commits inside the call")
                .isInstanceOf(TransactionSystemException.class).hasMessage("Could not commit JPA transaction")
                .rootCause().isSameAs(refused);
        assertThat(rows("sequence_author")).isZero();
    }

    @Test
    void aRuntimeExceptionFromADeleteAtCommitReachesTheCallerInsideTransactionSystemException() {
        SequenceAuthor ada = sequenceAuthors.save(new SequenceAuthor("Ada"));
        Refused refused = new Refused();
        throwFrom(modelSignals.postDelete(), refused);

        assertThatThrownBy(() -> sequenceAuthors.delete(ada))
                .isInstanceOf(TransactionSystemException.class).hasMessage("Could not commit JPA transaction")
                .rootCause().isSameAs(refused);
        assertThat(rows("sequence_author")).isEqualTo(1);
    }

    @Test
    void anIllegalStateExceptionAtCommitReachesTheCallerInsideInvalidDataAccessApiUsageException() {
        IllegalStateException illegalState = new IllegalStateException("refused, illegal state");
        throwFrom(modelSignals.postSave(), illegalState);

        assertThatThrownBy(() -> inTransaction(() -> sequenceAuthors.save(new SequenceAuthor("Ada"))))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessage("refused, illegal state")
                .cause().isSameAs(illegalState);
    }

    @Test
    void aCheckedExceptionAtCommitReachesTheCallerInsideTransactionSystemException() {
        CheckedRefusal refusal = new CheckedRefusal();
        throwFrom(modelSignals.preSave(), refusal);

        assertThatThrownBy(() -> inTransaction(() -> sequenceAuthors.save(new SequenceAuthor("Ada"))))
                .isInstanceOf(TransactionSystemException.class).hasMessage("Could not commit JPA transaction")
                .cause().isInstanceOf(RollbackException.class)
                .cause().isInstanceOf(ReceiverFailedException.class)
                .cause().isSameAs(refusal);
    }

    private <P> void throwFrom(Signal<P> signal, Exception exception) {
        Receiver<P> failing = (sender, payload) -> {
            throw exception;
        };
        signal.connect(failing, IdentityAuthor.class);
        signal.connect(failing, SequenceAuthor.class);
        disconnects.add(() -> signal.disconnect(failing));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
