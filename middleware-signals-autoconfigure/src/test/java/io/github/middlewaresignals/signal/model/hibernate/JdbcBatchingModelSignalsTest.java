package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.hibernate.app.DynamicArticle;
import io.github.middlewaresignals.signal.model.hibernate.app.DynamicArticleRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceAuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceProfile;
import io.github.middlewaresignals.signal.model.hibernate.app.SequenceProfileRepository;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** With JDBC batching Hibernate runs INSERTs in batches; the signals still come once per row, and never for a failed batch. */
@SpringBootTest(classes = ModelSignalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.jpa.properties.hibernate.jdbc.batch_size=50",
        "spring.jpa.properties.hibernate.order_inserts=true",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
public class JdbcBatchingModelSignalsTest {

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    SequenceAuthorRepository authors;
    @Autowired
    SequenceProfileRepository profiles;
    @Autowired
    DynamicArticleRepository articles;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    SignalRecorder recorder;

    private final Receiver<PostSave<?>> createProfile = (sender, event) -> event.created()
            ? profiles.save(new SequenceProfile((SequenceAuthor) event.instance(), "created")) : null;

    @BeforeEach
    void record() {
        recorder = new SignalRecorder(modelSignals).start();
    }

    @AfterEach
    void cleanUp() {
        recorder.stop();
        modelSignals.postSave().disconnect(createProfile);
        jdbc.update("delete from sequence_profile");
        jdbc.update("delete from sequence_author");
        jdbc.update("delete from dynamic_article");
    }

    @Test
    void twoHundredBatchedInsertsWithAWritingReceiverSendOncePerRow() {
        modelSignals.postSave().connect(createProfile, SequenceAuthor.class);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        tx(() -> authors.saveAll(IntStream.range(0, 200).mapToObj(i -> new SequenceAuthor("author " + i)).toList()));

        assertThat(statistics.getPrepareStatementCount()).as("the 400 INSERTs went out in batches").isLessThan(100);
        assertThat(recorder.summaries()).filteredOn("pre_save SequenceAuthor"::equals).hasSize(200);
        assertThat(recorder.summaries()).filteredOn("post_save SequenceAuthor created"::equals).hasSize(200);
        assertThat(recorder.summaries()).filteredOn("pre_save SequenceProfile"::equals).hasSize(200);
        assertThat(recorder.summaries()).filteredOn("post_save SequenceProfile created"::equals).hasSize(200);
        assertThat(jdbc.queryForObject("select count(*) from sequence_profile", Integer.class)).isEqualTo(200);
    }

    @Test
    void aFailedBatchSendsNoPostSaveForAnyOfItsRows() {
        SequenceAuthor taken = new SequenceAuthor("Ada");
        taken.setSlug("taken");
        tx(() -> authors.save(taken));
        AtomicBoolean articleWritten = new AtomicBoolean();
        recorder.clear();

        catchThrowable(() -> tx(() -> {
            List<SequenceAuthor> batch = IntStream.range(0, 10).mapToObj(i -> new SequenceAuthor("author " + i)).toList();
            SequenceAuthor duplicate = new SequenceAuthor("Copy");
            duplicate.setSlug("taken");
            authors.saveAll(batch);
            authors.save(duplicate);
            assertThatThrownBy(authors::flush).isInstanceOf(DataIntegrityViolationException.class);
            articleWritten.set(AfterAFailedStatement.written(() -> articles.save(new DynamicArticle("written after the failure"))));
        }));

        assertThat(recorder.summaries()).filteredOn("pre_save SequenceAuthor"::equals).hasSize(11);
        assertThat(recorder.summaries()).filteredOn(summary -> summary.startsWith("post_save SequenceAuthor")).isEmpty();
        assertThat(recorder.summaries()).as("the later write has its own post_save if the database took it").endsWith(
                articleWritten.get() ? new String[] {"pre_save DynamicArticle", "post_save DynamicArticle created"}
                        : new String[] {"pre_save DynamicArticle"});
        assertThat(jdbc.queryForObject("select count(*) from sequence_author", Integer.class)).isEqualTo(1);
    }

    void tx(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }
}
