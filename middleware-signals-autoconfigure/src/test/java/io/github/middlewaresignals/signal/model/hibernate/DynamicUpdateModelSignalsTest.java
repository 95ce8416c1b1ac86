package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Locale;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PreSave;
import io.github.middlewaresignals.signal.model.hibernate.app.DynamicArticle;
import io.github.middlewaresignals.signal.model.hibernate.app.DynamicArticleRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A pre_save change reaches the database also for entities whose UPDATE writes only the changed columns. */
@SpringBootTest(classes = ModelSignalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
public class DynamicUpdateModelSignalsTest {

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    DynamicArticleRepository articles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final Receiver<PreSave<?>> slugFromTitle = (sender, event) -> {
        DynamicArticle article = (DynamicArticle) event.instance();
        article.setSlug(article.getTitle().toLowerCase(Locale.ROOT).replace(' ', '-'));
        return null;
    };

    @AfterEach
    void cleanUp() {
        modelSignals.preSave().disconnect(slugFromTitle);
        jdbc.update("delete from dynamic_article");
    }

    @Test
    void aPreSaveChangeToAColumnTheUpdateDidNotTouchIsWritten() {
        modelSignals.preSave().connect(slugFromTitle, DynamicArticle.class);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Long id = tx.execute(status -> articles.save(new DynamicArticle("Hello World")).getId());
        assertThat(jdbc.queryForObject("select slug from dynamic_article where id = ?", String.class, id)).isEqualTo("hello-world");

        tx.executeWithoutResult(status -> articles.findById(id).orElseThrow().setTitle("Goodbye World"));

        assertThat(jdbc.queryForObject("select slug from dynamic_article where id = ?", String.class, id)).isEqualTo("goodbye-world");
        assertThat(jdbc.queryForObject("select title from dynamic_article where id = ?", String.class, id)).isEqualTo("Goodbye World");
    }
}
