package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the model-signal tests on real mappings share (those of the README's "Model signals on real
 * mappings" table among them): a recorder of the save and delete signals, transactions, and clean
 * tables after each test. SQL stays portable, so that a
 * subclass with another datasource can run the same tests on another database.
 */
@SpringBootTest(classes = ModelSignalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class RealMappingsTestSupport {

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @PersistenceContext
    EntityManager entityManager;

    SignalRecorder recorder;
    private final List<Runnable> disconnects = new ArrayList<>();

    /** The tables the test class writes, children before parents: emptied after each test. */
    abstract List<String> tables();

    @BeforeEach
    void record() {
        recorder = new SignalRecorder(modelSignals).start();
    }

    @AfterEach
    void cleanUp() {
        recorder.stop();
        disconnects.forEach(Runnable::run);
        tables().forEach(table -> jdbc.update("delete from " + table));
    }

    <T> void connect(Signal<T> signal, Receiver<? super T> receiver, Class<?> sender) {
        signal.connect(receiver, sender);
        disconnects.add(() -> signal.disconnect(receiver));
    }

    <T> T persisted(T entity) {
        tx(() -> entityManager.persist(entity));
        return entity;
    }

    <T> T tx(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    void tx(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
