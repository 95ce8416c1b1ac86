package io.github.middlewaresignals.signal.model.hibernate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelSignalNestingException;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreSave;
import io.github.middlewaresignals.signal.model.hibernate.app.AbstractAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.AbstractNote;
import io.github.middlewaresignals.signal.model.hibernate.app.AbstractProfile;
import io.github.middlewaresignals.signal.model.hibernate.app.AuthorRepository;
import io.github.middlewaresignals.signal.model.hibernate.app.DynamicArticle;
import io.github.middlewaresignals.signal.model.hibernate.app.DynamicArticleRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import org.hibernate.AssertionFailure;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * DESIGN's operations table and the receiver rules, run against real Hibernate on H2 once per
 * id strategy (a subclass per strategy; all share one application context).
 *
 * @param <A>  the author entity (the "User" of the examples)
 * @param <P>  the profile entity a post_save receiver creates
 * @param <ID> the id type
 */
@SpringBootTest(classes = ModelSignalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ModelSignalsContract<A extends AbstractAuthor, P extends AbstractProfile, ID> {

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    PlatformTransactionManager transactionManager;
    @PersistenceContext
    EntityManager entityManager;
    @Autowired
    DynamicArticleRepository articles;

    SignalRecorder recorder;
    private final List<Runnable> disconnects = new ArrayList<>();

    abstract Class<A> authorClass();

    abstract Class<?> noteClass();

    abstract Class<P> profileClass();

    abstract AuthorRepository<A, ID> authors();

    abstract JpaRepository<P, ID> profiles();

    abstract A newAuthor(String name);

    abstract P newProfile(A author, String source);

    /** The table name prefix: {@code identity}, {@code sequence} or {@code uuid}. */
    abstract String tablePrefix();

    @BeforeEach
    void record() {
        recorder = new SignalRecorder(modelSignals).start();
    }

    @AfterEach
    void cleanUp() {
        recorder.stop();
        disconnects.forEach(Runnable::run);
        jdbc.update("delete from " + tablePrefix() + "_profile");
        jdbc.update("delete from " + tablePrefix() + "_note");
        jdbc.update("delete from " + tablePrefix() + "_author");
        jdbc.update("delete from dynamic_article");
    }

    // --- operations that send signals ------------------------------------------------------

    @Test
    void saveOfANewEntitySendsPreSaveThenPostSaveCreated() {
        A saved = tx(() -> authors().save(newAuthor("Ada")));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save " + author(), "post_save " + author() + " created");
        assertThat(recorder.events()).allSatisfy(e -> assertThat(e.instance()).isSameAs(saved));
    }

    @Test
    void persistSendsPreSaveThenPostSaveCreated() {
        A author = newAuthor("Ada");
        tx(() -> entityManager.persist(author));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save " + author(), "post_save " + author() + " created");
        assertThat(recorder.events()).allSatisfy(e -> assertThat(e.instance()).isSameAs(author));
    }

    @Test
    void changingAManagedEntitySendsPostSaveWithTheChangedFields() {
        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));
        recorder.clear();

        tx(() -> authors().findById(id).orElseThrow().setEmail("ada@example.com"));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save " + author() + " [email]", "post_save " + author() + " updated [email]");
    }

    @Test
    void saveOfAChangedDetachedEntitySendsPostSaveUpdatedForTheManagedCopy() {
        A detached = tx(() -> authors().save(newAuthor("Ada")));
        recorder.clear();

        detached.setName("Grace");
        A merged = tx(() -> authors().save(detached));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save " + author() + " [name]", "post_save " + author() + " updated [name]");
        assertThat(recorder.events()).allSatisfy(e -> assertThat(e.instance()).isSameAs(merged));
    }

    @Test
    void savingAnUnchangedEntitySendsNothing() {
        A detached = tx(() -> authors().save(newAuthor("Ada")));
        recorder.clear();

        tx(() -> authors().save(detached));
        tx(() -> {
            authors().findById(idOf(detached)).orElseThrow();
            authors().flush();
        });

        assertThat(recorder.summaries()).isEmpty();
    }

    @Test
    void saveAllSendsOncePerEntity() {
        List<A> saved = tx(() -> authors().saveAll(List.of(newAuthor("A"), newAuthor("B"), newAuthor("C"))));

        assertThat(recorder.summaries()).filteredOn(s -> s.startsWith("pre_save")).hasSize(3);
        assertThat(recorder.summaries()).filteredOn(s -> s.equals("post_save " + author() + " created")).hasSize(3);
        assertThat(recorder.events()).extracting(SignalRecorder.Recorded::instance)
                .filteredOn(saved::contains).hasSize(6);
    }

    @Test
    void deleteSendsPreDeleteThenPostDelete() {
        A saved = tx(() -> authors().save(newAuthor("Ada")));
        recorder.clear();

        tx(() -> authors().delete(saved));

        assertThat(recorder.summaries()).containsExactly("pre_delete " + author(), "post_delete " + author());
        assertThat(authorRows()).isZero();
    }

    @Test
    void deleteByIdSendsOnce() {
        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));
        recorder.clear();

        tx(() -> authors().deleteById(id));

        assertThat(recorder.summaries()).containsExactly("pre_delete " + author(), "post_delete " + author());
    }

    @Test
    void deleteAllSendsOncePerEntity() {
        tx(() -> authors().saveAll(List.of(newAuthor("A"), newAuthor("B"))));
        recorder.clear();

        tx(() -> authors().deleteAll());

        assertThat(recorder.summaries()).containsExactlyInAnyOrder(
                "pre_delete " + author(), "pre_delete " + author(), "post_delete " + author(), "post_delete " + author());
    }

    @Test
    void deleteAllOfAnIterableSendsOncePerEntity() {
        List<A> saved = tx(() -> authors().saveAll(List.of(newAuthor("A"), newAuthor("B"), newAuthor("C"))));
        recorder.clear();

        tx(() -> authors().deleteAll(saved.subList(0, 2)));

        assertThat(recorder.summaries()).containsExactlyInAnyOrder(
                "pre_delete " + author(), "pre_delete " + author(), "post_delete " + author(), "post_delete " + author());
        assertThat(authorRows()).isEqualTo(1);
    }

    @Test
    void cascadedRemoveSendsOncePerChild() {
        A author = newAuthor("Ada");
        author.addNote("one");
        author.addNote("two");
        ID id = idOf(tx(() -> authors().save(author)));
        recorder.clear();

        tx(() -> authors().deleteById(id));

        assertThat(recorder.summariesFrom(noteClass())).containsExactlyInAnyOrder(
                "pre_delete " + noteClass().getSimpleName(), "pre_delete " + noteClass().getSimpleName(),
                "post_delete " + noteClass().getSimpleName(), "post_delete " + noteClass().getSimpleName());
        assertThat(recorder.summariesFrom(authorClass())).containsExactly("pre_delete " + author(), "post_delete " + author());
    }

    @Test
    void orphanRemovalSendsOncePerRemovedChild() {
        A author = newAuthor("Ada");
        author.addNote("one");
        author.addNote("two");
        ID id = idOf(tx(() -> authors().save(author)));
        recorder.clear();

        tx(() -> authors().findById(id).orElseThrow().getNotes().remove(0));

        assertThat(recorder.summariesFrom(noteClass())).containsExactly(
                "pre_delete " + noteClass().getSimpleName(), "post_delete " + noteClass().getSimpleName());
        assertThat(jdbc.queryForObject("select count(*) from " + tablePrefix() + "_note", Integer.class)).isEqualTo(1);
    }

    // --- Django's delete order: every pre_delete of a flush before its first DELETE ------------

    @Test
    void everyPreDeleteOfACascadeRunsWhileTheChildrenAreStillInTheDatabase() {
        A author = newAuthor("Ada");
        author.addNote("one");
        author.addNote("two");
        ID id = idOf(tx(() -> authors().save(author)));
        List<String> seen = new CopyOnWriteArrayList<>();
        Receiver<PreDelete<?>> countNotes = (sender, event) -> seen.add(event.sender().getSimpleName() + " sees " + entityManager
                .createQuery("select count(n) from " + noteClass().getSimpleName() + " n", Long.class).getSingleResult());
        connect(modelSignals.preDelete(), countNotes, noteClass());
        connect(modelSignals.preDelete(), countNotes, authorClass());
        recorder.clear();

        tx(() -> authors().deleteById(id));

        String note = noteClass().getSimpleName();
        assertThat(seen).containsExactly(note + " sees 2", note + " sees 2", author() + " sees 2");
        assertThat(recorder.summaries()).containsExactly("pre_delete " + note, "pre_delete " + note, "pre_delete " + author(),
                "post_delete " + note, "post_delete " + note, "post_delete " + author());
        assertThat(noteRows()).isZero();
    }

    @Test
    void preDeletesRunInTheOrderHibernateDeletes() {
        List<A> saved = tx(() -> {
            A ada = newAuthor("Ada");
            ada.addNote("Ada's note");
            A bob = newAuthor("Bob");
            bob.addNote("Bob's note");
            return authors().saveAll(List.of(ada, bob));
        });
        recorder.clear();

        tx(() -> authors().deleteAll(saved));

        List<Object> preDeleted = recorder.events().stream().filter(e -> e.signal().equals("pre_delete"))
                .map(SignalRecorder.Recorded::instance).toList();
        List<Object> postDeleted = recorder.events().stream().filter(e -> e.signal().equals("post_delete"))
                .map(SignalRecorder.Recorded::instance).toList();
        assertThat(recorder.summaries()).hasSize(8).first().asString().startsWith("pre_delete");
        assertThat(recorder.summaries().subList(0, 4)).allSatisfy(s -> assertThat(s).startsWith("pre_delete"));
        assertThat(preDeleted).containsExactlyElementsOf(postDeleted);
        assertThat(preDeleted).extracting(this::nameOf).containsExactly("Ada's note", "Ada", "Bob's note", "Bob");
    }

    @Test
    void aPreDeleteReceiverMayDeleteAnotherEntityInTheSameFlush() {
        A ada = tx(() -> authors().save(newAuthor("Ada")));
        A bob = tx(() -> authors().save(newAuthor("Bob")));
        connect(modelSignals.preDelete(), (sender, event) -> {
            if (nameOf(event.instance()).equals("Ada")) {
                authors().deleteById(idOf(bob));
            }
            return null;
        }, authorClass());
        recorder.clear();

        tx(() -> authors().deleteById(idOf(ada)));

        assertThat(authorRows()).isZero();
        assertThat(recorder.events()).extracting(e -> e.signal() + " " + nameOf(e.instance()))
                .containsExactly("pre_delete Ada", "pre_delete Bob", "post_delete Ada", "post_delete Bob");
    }

    @Test
    void aQueryThatFlushesADeleteSendsThePreDeleteFirstAndThePostDeleteBeforeItReturns() {
        A ada = tx(() -> authors().save(newAuthor("Ada")));
        recorder.clear();

        tx(() -> {
            authors().delete(ada);
            assertThat(recorder.summaries()).isEmpty();
            assertThat(authors().count()).isZero();
            assertThat(recorder.summaries()).containsExactly("pre_delete " + author(), "post_delete " + author());
        });
    }

    @Test
    void aPreDeleteReceiverConnectedAfterTheDeleteWasScheduledStillRunsBeforeTheDelete() {
        A ada = tx(() -> authors().save(newAuthor("Ada")));
        List<Integer> rowsSeen = new CopyOnWriteArrayList<>();

        tx(() -> {
            recorder.stop();
            authors().delete(ada);
            connect(modelSignals.preDelete(), (sender, event) -> rowsSeen.add(authorRows()), authorClass());
            authors().flush();
        });

        assertThat(rowsSeen).containsExactly(1);
        assertThat(authorRows()).isZero();
    }

    @Test
    void aDeleteUndoneAtAFlushAndRepeatedGetsItsPreDeleteWhenTheNextFlushBegins() {
        A ada = tx(() -> authors().save(newAuthor("Ada")));
        connect(modelSignals.preDelete(), (sender, event) -> profiles().save(newProfile(null, "archived " + nameOf(event.instance()))),
                authorClass());
        recorder.clear();

        tx(() -> {
            A managed = entityManager.find(authorClass(), idOf(ada));
            entityManager.remove(managed);
            entityManager.persist(managed);
            entityManager.flush();
            entityManager.remove(managed);
            entityManager.flush();
        });

        assertThat(authorRows()).isZero();
        assertThat(recorder.summariesFrom(authorClass())).containsExactly("pre_delete " + author(), "post_delete " + author());
        assertThat(jdbc.queryForList("select source from " + tablePrefix() + "_profile", String.class)).containsExactly("archived Ada");
    }

    @Test
    void preDeleteReceiversThatKeepDeletingGetAClearErrorBeyondTheNestingDepth() {
        List<A> chain = tx(() -> authors().saveAll(java.util.stream.IntStream.rangeClosed(0, 20)
                .mapToObj(i -> newAuthor("link " + i)).toList()));
        connect(modelSignals.preDelete(), (sender, event) -> {
            int link = Integer.parseInt(nameOf(event.instance()).substring("link ".length()));
            if (link < 20) {
                authors().delete(chain.get(link + 1));
            }
            return null;
        }, authorClass());

        Throwable thrown = catchThrowable(() -> tx(() -> authors().delete(chain.get(0))));

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(ModelSignalNestingException.class)
                .hasMessageContaining("pre_delete from " + author())
                .hasMessageContaining("signals.model.max-nesting-depth"));
        assertThat(authorRows()).isEqualTo(21);
    }

    @Test
    void aPreDeleteReceiverMaySaveAnotherEntityThroughItsRepository() {
        A author = newAuthor("Ada");
        author.addNote("one");
        author.addNote("two");
        ID id = idOf(tx(() -> authors().save(author)));
        connect(modelSignals.preDelete(), (sender, event) -> profiles().save(newProfile(null,
                "archived " + ((AbstractAuthor) event.instance()).getNotes().size() + " notes of " + nameOf(event.instance()))),
                authorClass());
        recorder.clear();

        tx(() -> authors().deleteById(id));

        assertThat(authorRows()).isZero();
        assertThat(jdbc.queryForList("select source from " + tablePrefix() + "_profile", String.class))
                .containsExactly("archived 2 notes of Ada");
        assertThat(recorder.summariesFrom(profileClass())).containsExactly("pre_save " + profile(), "post_save " + profile() + " created");
    }

    @Test
    void anOrphansPreDeleteReceiverMayQueryButNotSave() {
        A author = newAuthor("Ada");
        author.addNote("one");
        author.addNote("two");
        ID id = idOf(tx(() -> authors().save(author)));
        List<Long> notesSeen = new CopyOnWriteArrayList<>();
        connect(modelSignals.preDelete(), (sender, event) -> notesSeen.add(entityManager
                .createQuery("select count(n) from " + noteClass().getSimpleName() + " n", Long.class).getSingleResult()), noteClass());

        tx(() -> authors().findById(id).orElseThrow().getNotes().remove(0));
        assertThat(notesSeen).containsExactly(2L);

        connect(modelSignals.preDelete(), (sender, event) -> profiles().save(newProfile(null, "too late")), noteClass());
        Throwable thrown = catchThrowable(() -> tx(() -> authors().findById(id).orElseThrow().getNotes().remove(0)));

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("A pre_delete receiver for " + noteClass().getSimpleName() + " saved another entity")
                .hasMessageContaining("post_delete receiver"));
        assertThat(noteRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + tablePrefix() + "_profile", Integer.class)).isZero();
    }

    // --- what changed: hasChanged and previous -------------------------------------------------

    @Test
    void anUpdateSaysWhichFieldsChangedAndWhatTheyWereAsLoaded() {
        ID id = idOf(tx(() -> authors().save(withSlug(newAuthor("Ada"), "ada"))));
        List<PreSave<?>> preSaves = captured(modelSignals.preSave());
        List<PostSave<?>> postSaves = captured(modelSignals.postSave());

        tx(() -> authors().findById(id).orElseThrow().setName("Grace"));

        PreSave<?> pre = single(preSaves);
        PostSave<?> post = single(postSaves);
        assertThat(List.of(pre.hasChanged("name"), pre.hasChanged("slug"), pre.hasChanged("id"))).containsExactly(true, false, false);
        assertThat(List.of(post.hasChanged("name"), post.hasChanged("slug"), post.hasChanged("id"))).containsExactly(true, false, false);
        assertThat(Arrays.asList(pre.previous("name"), pre.previous("slug"), pre.previous("email"), pre.previous("id")))
                .containsExactly("Ada", "ada", null, id);
        assertThat(Arrays.asList(post.previous("name"), post.previous("slug"), post.previous("email"), post.previous("id")))
                .containsExactly("Ada", "ada", null, id);
    }

    @Test
    void onTheMergePathPreviousIsWhatTheMergeLoadedFromTheDatabase() {
        A detached = tx(() -> authors().save(newAuthor("Ada")));
        jdbc.update("update " + tablePrefix() + "_author set name = 'Adele' where id = ?", idOf(detached));
        List<PostSave<?>> postSaves = captured(modelSignals.postSave());

        detached.setName("Grace");
        A merged = tx(() -> authors().save(detached));

        PostSave<?> post = single(postSaves);
        assertThat(post.instance()).isSameAs(merged);
        assertThat(post.hasChanged("name")).isTrue();
        assertThat(post.previous("name")).isEqualTo("Adele");
    }

    @Test
    void anInsertCountsTheFieldsWithAValueAsChangedAndHasNoPreviousValues() {
        List<PreSave<?>> preSaves = captured(modelSignals.preSave());
        List<PostSave<?>> postSaves = captured(modelSignals.postSave());

        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));

        PreSave<?> pre = single(preSaves);
        PostSave<?> post = single(postSaves);
        assertThat(List.of(pre.hasChanged("name"), pre.hasChanged("email"))).containsExactly(true, false);
        assertThat(List.of(post.hasChanged("name"), post.hasChanged("email"), post.hasChanged("id"))).containsExactly(true, false, true);
        assertThat(Arrays.asList(pre.previous("name"), post.previous("name"), post.previous("id"))).containsOnlyNulls();
        assertThat(((AbstractAuthor) post.instance()).getId()).isEqualTo(id);
    }

    @Test
    void postSaveDescribesWhatTheStatementWroteAfterPreSaveReceiversChangedTheInstance() {
        connect(modelSignals.preSave(), (sender, event) -> {
            AbstractAuthor author = (AbstractAuthor) event.instance();
            author.setEmail(author.getName().toLowerCase(Locale.ROOT) + "@example.com");
            return null;
        }, authorClass());
        List<PreSave<?>> preSaves = captured(modelSignals.preSave());
        List<PostSave<?>> postSaves = captured(modelSignals.postSave());

        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));
        assertThat(single(postSaves).hasChanged("email")).isTrue();
        preSaves.clear();
        postSaves.clear();

        tx(() -> authors().findById(id).orElseThrow().setName("Grace"));

        assertThat(single(preSaves).hasChanged("email")).as("pre_save was sent before the receiver changed the email").isFalse();
        PostSave<?> post = single(postSaves);
        assertThat(post.updateFields()).containsExactlyInAnyOrder("name", "email");
        assertThat(List.of(post.hasChanged("name"), post.hasChanged("email"))).containsExactly(true, true);
        assertThat(List.of(post.previous("name"), post.previous("email"))).containsExactly("Ada", "ada@example.com");
    }

    @Test
    void whenPreSaveReceiversUndoEveryChangePostSaveReportsAnUpdateThatChangedNothing() {
        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));
        connect(modelSignals.preSave(), (sender, event) -> {
            ((AbstractAuthor) event.instance()).setName("Ada");
            return null;
        }, authorClass());
        List<PostSave<?>> postSaves = captured(modelSignals.postSave());
        recorder.clear();

        tx(() -> authors().findById(id).orElseThrow().setName("Grace"));

        assertThat(recorder.summaries()).containsExactly("pre_save " + author() + " [name]", "post_save " + author() + " updated");
        PostSave<?> post = single(postSaves);
        assertThat(post.created()).isFalse();
        assertThat(post.updateFields()).isEmpty();
        assertThat(post.hasChanged("name")).isFalse();
        assertThat(post.previous("name")).isEqualTo("Ada");
        assertThat(jdbc.queryForObject("select name from " + tablePrefix() + "_author", String.class)).isEqualTo("Ada");
    }

    @Test
    void aFieldTheEntityDoesNotHaveIsRefusedWithItsFieldsAndACollectionIsNamedAsOne() {
        List<PostSave<?>> postSaves = captured(modelSignals.postSave());
        tx(() -> authors().save(newAuthor("Ada")));
        PostSave<?> post = single(postSaves);

        assertThatThrownBy(() -> post.hasChanged("nmae"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(author() + " has no field 'nmae'; its fields: [id, email, name, notes, slug");
        assertThatThrownBy(() -> post.previous("nmae"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(author() + " has no field 'nmae'; its fields: [id, email, name, notes, slug");
        assertThatThrownBy(() -> post.previous("notes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'notes' of " + author() + " is a collection: pre_save and post_save do not track collections"
                        + " (m2m_changed reports what a @ManyToMany gains and loses)");
    }

    @Test
    void previousOfAnAssociationIsTheEntityThatWasReferenced() {
        A ada = tx(() -> authors().save(newAuthor("Ada")));
        A grace = tx(() -> authors().save(newAuthor("Grace")));
        ID profileId = idOfProfile(tx(() -> profiles().save(newProfile(ada, "created"))));
        List<String> seen = new CopyOnWriteArrayList<>();
        connect(modelSignals.postSave(), (sender, event) -> seen.add(event.hasChanged("author") + ": "
                + nameOf(event.previous("author")) + " -> " + ((AbstractProfile) event.instance()).getAuthor().getName()), profileClass());

        tx(() -> profiles().findById(profileId).orElseThrow().setAuthor(authors().findById(idOf(grace)).orElseThrow()));

        assertThat(seen).containsExactly("true: Ada -> Grace");
    }

    // --- failed flushes ----------------------------------------------------------------------

    @Test
    void theRowsOfAFailedSaveAndFlushNeverGetTheirPostSave() {
        ID bob = idOf(tx(() -> authors().save(withSlug(newAuthor("Bob"), "bob"))));
        ID ada = idOf(tx(() -> authors().save(withSlug(newAuthor("Ada"), "ada"))));
        List<Boolean> articlesWritten = new ArrayList<>();
        recorder.clear();

        Throwable commit = catchThrowable(() -> tx(() -> {
            authors().findById(bob).orElseThrow().setName("Robert");
            A duplicate = withSlug(authors().findById(ada).orElseThrow(), "bob");
            try {
                authors().saveAndFlush(duplicate);
            }
            catch (DataIntegrityViolationException expected) {
                // the application carries on in the same transaction
            }
            assertThat(recorder.summaries()).as("Robert's UPDATE ran before the duplicate failed")
                    .containsExactly("pre_save " + author() + " [name]", "pre_save " + author() + " [slug]");
            articlesWritten.add(AfterAFailedStatement.written(() -> articles.save(new DynamicArticle("written after the failure"))));
        }));

        assertThat(commit).as("the failed flush left the transaction rollback-only").isNotNull()
                .as("the checks inside the transaction held").isNotInstanceOf(AssertionError.class);
        assertThat(recorder.summaries()).doesNotContain("post_save " + author() + " updated [name]")
                .contains("pre_save DynamicArticle");
        assertThat(recorder.summaries()).as("the later write has its own post_save if the database took it")
                .filteredOn("post_save DynamicArticle created"::equals).hasSize(count(articlesWritten));
        assertThat(jdbc.queryForList("select name from " + tablePrefix() + "_author order by name", String.class))
                .containsExactly("Ada", "Bob");
    }

    @Test
    void theRowsOfFailedEntityManagerFlushesNeverGetTheirPostSave() {
        ID bob = idOf(tx(() -> authors().save(withSlug(newAuthor("Bob"), "bob"))));
        ID ada = idOf(tx(() -> authors().save(withSlug(newAuthor("Ada"), "ada"))));
        List<Boolean> articlesWritten = new ArrayList<>();
        recorder.clear();

        Throwable commit = catchThrowable(() -> tx(() -> {
            entityManager.find(authorClass(), bob).setName("Robert");
            entityManager.find(authorClass(), ada).setSlug("bob");
            assertThatThrownBy(entityManager::flush).isInstanceOf(PersistenceException.class);
            assertThat(recorder.summaries()).as("Robert's UPDATE ran before the duplicate failed")
                    .containsExactly("pre_save " + author() + " [name]", "pre_save " + author() + " [slug]");
            articlesWritten.add(AfterAFailedStatement.written(() -> entityManager.persist(new DynamicArticle("written after the failure"))));
            // H2 runs the failed statements again and fails again; after PostgreSQL refused the write above,
            // Hibernate refuses to flush an entity that the refused INSERT left without an id
            assertThatThrownBy(entityManager::flush).as("the second flush fails too")
                    .isInstanceOfAny(PersistenceException.class, AssertionFailure.class);
            articlesWritten.add(AfterAFailedStatement.written(
                    () -> entityManager.persist(new DynamicArticle("written after the second failure"))));
        }));

        assertThat(commit).as("the checks inside the transaction held").isNotInstanceOf(AssertionError.class);
        assertThat(recorder.summaries()).filteredOn(summary -> summary.startsWith("post_save " + author())).isEmpty();
        assertThat(recorder.summaries()).as("each later write has its own post_save if the database took it")
                .filteredOn("post_save DynamicArticle created"::equals).hasSize(count(articlesWritten));
    }

    // --- operations that send nothing ------------------------------------------------------

    @Test
    void bulkJpqlStatementsSendNothing() {
        tx(() -> authors().saveAll(List.of(newAuthor("Ada"), newAuthor("Bob"))));
        recorder.clear();

        assertThat(tx(() -> authors().rename("Ada", "Grace"))).isEqualTo(1);
        assertThat(tx(() -> authors().deleteNamed("Bob"))).isEqualTo(1);

        assertThat(recorder.summaries()).isEmpty();
        assertThat(jdbc.queryForList("select name from " + tablePrefix() + "_author", String.class)).containsExactly("Grace");
    }

    @Test
    void batchDeletesSendNothing() {
        List<A> saved = tx(() -> authors().saveAll(List.of(newAuthor("A"), newAuthor("B"), newAuthor("C"))));
        recorder.clear();

        tx(() -> authors().deleteAllByIdInBatch(List.of(idOf(saved.get(0)))));
        assertThat(authorRows()).isEqualTo(2);
        tx(() -> authors().deleteAllInBatch(List.of(saved.get(1))));
        assertThat(authorRows()).isEqualTo(1);
        tx(() -> authors().deleteAllInBatch());
        assertThat(authorRows()).isZero();

        assertThat(recorder.summaries()).isEmpty();
    }

    @Test
    void criteriaStatementsSendNothing() {
        tx(() -> authors().saveAll(List.of(newAuthor("Ada"), newAuthor("Bob"))));
        recorder.clear();

        tx(() -> {
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaUpdate<A> update = cb.createCriteriaUpdate(authorClass());
            var root = update.from(authorClass());
            update.set(root.<String>get("name"), "Grace").where(cb.equal(root.get("name"), "Ada"));
            assertThat(entityManager.createQuery(update).executeUpdate()).isEqualTo(1);
            CriteriaDelete<A> delete = cb.createCriteriaDelete(authorClass());
            var deleted = delete.from(authorClass());
            delete.where(cb.equal(deleted.get("name"), "Bob"));
            assertThat(entityManager.createQuery(delete).executeUpdate()).isEqualTo(1);
        });

        assertThat(recorder.summaries()).isEmpty();
        assertThat(jdbc.queryForList("select name from " + tablePrefix() + "_author", String.class)).containsExactly("Grace");
    }

    @Test
    void nativeStatementsSendNothing() {
        tx(() -> authors().saveAll(List.of(newAuthor("Ada"), newAuthor("Bob"))));
        recorder.clear();

        tx(() -> {
            entityManager.createNativeQuery("update " + tablePrefix() + "_author set name = 'Grace' where name = 'Ada'").executeUpdate();
            entityManager.createNativeQuery("delete from " + tablePrefix() + "_author where name = 'Bob'").executeUpdate();
        });

        assertThat(recorder.summaries()).isEmpty();
        assertThat(jdbc.queryForList("select name from " + tablePrefix() + "_author", String.class)).containsExactly("Grace");
    }

    @Test
    void statelessSessionWritesSendNothing() {
        SessionFactory sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        A author = newAuthor("Ada");

        sessionFactory.inStatelessTransaction(session -> {
            session.insert(author);
            author.setName("Grace");
            session.update(author);
        });
        assertThat(jdbc.queryForList("select name from " + tablePrefix() + "_author", String.class)).containsExactly("Grace");
        sessionFactory.inStatelessTransaction(session -> session.delete(author));

        assertThat(authorRows()).isZero();
        assertThat(recorder.summaries()).isEmpty();
    }

    // --- receivers that change, query and write --------------------------------------------

    @Test
    void preSaveChangesAreWrittenByTheSameStatement() {
        connect(modelSignals.preSave(), (sender, event) -> {
            AbstractAuthor author = (AbstractAuthor) event.instance();
            author.setEmail(author.getName().toLowerCase(Locale.ROOT) + "@example.com");
            return null;
        }, authorClass());

        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));

        assertThat(emailInDatabase(id)).isEqualTo("ada@example.com");
        assertThat(recorder.summaries()).containsExactly("pre_save " + author(), "post_save " + author() + " created");
        recorder.clear();

        tx(() -> authors().findById(id).orElseThrow().setName("Grace"));

        assertThat(emailInDatabase(id)).isEqualTo("grace@example.com");
        assertThat(recorder.summaries()).containsExactly(
                "pre_save " + author() + " [name]", "post_save " + author() + " updated [email, name]");
    }

    @Test
    void whatAPreSaveReceiverChangesOnAnotherManagedEntityIsWrittenToo() {
        recorder.stop(); // with no post_save receiver, nothing but the changed profile asks for another flush
        A author = tx(() -> authors().save(newAuthor("Ada")));
        ID profileId = idOfProfile(tx(() -> profiles().save(newProfile(author, "created"))));
        connect(modelSignals.preSave(), (sender, event) -> {
            profiles().findById(profileId).orElseThrow().setSource("touched by " + ((AbstractAuthor) event.instance()).getName());
            return null;
        }, authorClass());

        tx(() -> authors().findById(idOf(author)).orElseThrow().setName("Grace"));

        assertThat(jdbc.queryForObject("select source from " + tablePrefix() + "_profile", String.class)).isEqualTo("touched by Grace");
    }

    @Test
    void aPreSaveReceiverDuringAFlushMaySaveAnEntityTheSessionAlreadyManages() {
        A author = tx(() -> authors().save(newAuthor("Ada")));
        ID profileId = idOfProfile(tx(() -> profiles().save(newProfile(author, "created"))));
        connect(modelSignals.preSave(), (sender, event) -> {
            P profile = profiles().findById(profileId).orElseThrow();
            profile.setSource("saved by " + ((AbstractAuthor) event.instance()).getName());
            return profiles().save(profile);
        }, authorClass());

        tx(() -> authors().findById(idOf(author)).orElseThrow().setName("Grace"));

        assertThat(jdbc.queryForObject("select source from " + tablePrefix() + "_profile", String.class)).isEqualTo("saved by Grace");
    }

    @Test
    void aPreSaveReceiverThatSavesANewEntityDuringAFlushGetsAClearError() {
        A author = tx(() -> authors().save(newAuthor("Ada")));
        connect(modelSignals.preSave(), (sender, event) -> profiles().save(newProfile(null, "too early")), authorClass());

        Throwable thrown = catchThrowable(() -> tx(() -> authors().findById(idOf(author)).orElseThrow().setName("Grace")));

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A pre_save receiver for " + author() + " saved or deleted another entity while Hibernate was executing"
                        + " the statements of a flush. Do such writes in a post_save receiver: it runs once the statements are"
                        + " done and may write through repositories."));
        assertThat(jdbc.queryForObject("select count(*) from " + tablePrefix() + "_profile", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select name from " + tablePrefix() + "_author", String.class)).isEqualTo("Ada");
    }

    @Test
    void preSaveReceiverMayQueryForUniquenessWithinOneTransaction() {
        connect(modelSignals.preSave(), (sender, event) -> {
            AbstractAuthor author = (AbstractAuthor) event.instance();
            if (author.getSlug() == null) {
                String base = author.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                String slug = base;
                for (int n = 1; authors().existsBySlug(slug); n++) {
                    slug = base + "-" + n;
                }
                author.setSlug(slug);
            }
            return null;
        }, authorClass());

        tx(() -> {
            authors().save(newAuthor("Hello World"));
            authors().save(newAuthor("Hello World"));
        });
        tx(() -> authors().save(newAuthor("Hello World")));

        assertThat(jdbc.queryForList("select slug from " + tablePrefix() + "_author order by slug", String.class))
                .containsExactly("hello-world", "hello-world-1", "hello-world-2");
        assertThat(recorder.summariesFrom(authorClass())).filteredOn(s -> s.startsWith("post_save")).hasSize(3);
    }

    @Test
    void postSaveReceiverMayCreateAnotherEntityThroughItsRepository() {
        connect(modelSignals.postSave(), (sender, event) -> {
            if (event.created()) {
                profiles().save(newProfile(authorClass().cast(event.instance()), "created"));
            }
            return null;
        }, authorClass());

        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));

        assertThat(profileRows(id, "created")).isEqualTo(1);
        assertThat(recorder.summariesFrom(profileClass())).containsExactly(
                "pre_save " + profile(), "post_save " + profile() + " created");
        recorder.clear();

        tx(() -> authors().findById(id).orElseThrow().setName("Grace"));
        assertThat(profileRows(id, "created")).isEqualTo(1);
        assertThat(recorder.summariesFrom(profileClass())).isEmpty();
    }

    @Test
    void postSaveReceiverMayCreateAnotherEntityWhenTheSenderIsUpdated() {
        connect(modelSignals.postSave(), (sender, event) -> {
            if (!event.created()) {
                profiles().save(newProfile(authorClass().cast(event.instance()), "updated"));
            }
            return null;
        }, authorClass());
        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));

        tx(() -> authors().findById(id).orElseThrow().setName("Grace"));
        assertThat(profileRows(id, "updated")).isEqualTo(1);

        A detached = tx(() -> authors().findById(id).orElseThrow());
        detached.setEmail("ada@example.com");
        tx(() -> authors().save(detached));
        assertThat(profileRows(id, "updated")).isEqualTo(2);

        tx(() -> {
            authors().findById(id).orElseThrow().setName("Lovelace");
            authors().flush();
            assertThat(profiles().count()).isEqualTo(3);
        });
        assertThat(profileRows(id, "updated")).isEqualTo(3);
        assertThat(recorder.summariesFrom(profileClass())).filteredOn(s -> s.equals("post_save " + profile() + " created")).hasSize(3);
    }

    @Test
    void aQueryThatFlushesSendsPostSaveBeforeItReturns() {
        connect(modelSignals.postSave(), (sender, event) -> event.created()
                ? profiles().save(newProfile(authorClass().cast(event.instance()), "created")) : null, authorClass());

        tx(() -> {
            authors().save(newAuthor("Ada"));
            assertThat(authors().count()).isEqualTo(1);
            assertThat(recorder.summariesFrom(authorClass())).contains("post_save " + author() + " created");
            assertThat(profiles().count()).isEqualTo(1);
        });
    }

    @Test
    void postDeleteReceiverMayWrite() {
        connect(modelSignals.postDelete(), (sender, event) -> profiles().save(newProfile(null, "deleted")), authorClass());
        A saved = tx(() -> authors().save(newAuthor("Ada")));

        tx(() -> authors().delete(saved));

        assertThat(jdbc.queryForObject("select count(*) from " + tablePrefix() + "_profile where source = 'deleted'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aReceiverThatSavesItsOwnSenderForeverGetsAClearError() {
        connect(modelSignals.postSave(), (sender, event) -> authors().save(newAuthor("again")), authorClass());

        Throwable thrown = catchThrowable(() -> tx(() -> authors().save(newAuthor("Ada"))));

        assertThat(causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(ModelSignalNestingException.class)
                .hasMessageContaining("post_save from " + author())
                .hasMessageContaining("signals.model.max-nesting-depth"));
        assertThat(authorRows()).isZero();
    }

    @Test
    void aPreSaveReceiverExceptionAbortsTheWriteAndTheTransaction() {
        RuntimeException refused = new IllegalStateException("refused");
        connect(modelSignals.preSave(), (sender, event) -> {
            throw refused;
        }, authorClass());

        Throwable thrown = catchThrowable(() -> tx(() -> {
            authors().save(newAuthor("Ada"));
            authors().flush();
        }));

        assertThat(rootCause(thrown)).isSameAs(refused);
        assertThat(authorRows()).isZero();
    }

    @Test
    void aPostSaveReceiverExceptionAbortsTheTransaction() {
        RuntimeException refused = new IllegalStateException("refused");
        connect(modelSignals.postSave(), (sender, event) -> {
            throw refused;
        }, authorClass());

        Throwable thrown = catchThrowable(() -> tx(() -> authors().save(newAuthor("Ada"))));

        assertThat(rootCause(thrown)).isSameAs(refused);
        assertThat(authorRows()).isZero();
    }

    @Test
    void aPostDeleteReceiverExceptionKeepsTheRow() {
        A saved = tx(() -> authors().save(newAuthor("Ada")));
        RuntimeException refused = new IllegalStateException("refused");
        connect(modelSignals.postDelete(), (sender, event) -> {
            throw refused;
        }, authorClass());

        Throwable thrown = catchThrowable(() -> tx(() -> authors().delete(saved)));

        assertThat(rootCause(thrown)).isSameAs(refused);
        assertThat(authorRows()).isEqualTo(1);
    }

    @Test
    void aProxyIsNeverTheSender() {
        ID id = idOf(tx(() -> authors().save(newAuthor("Ada"))));
        recorder.clear();

        tx(() -> {
            A reference = authors().getReferenceById(id);
            assertThat(reference.getClass()).isNotEqualTo(authorClass());
            reference.setName("Grace");
            authors().flush();
            authors().delete(reference);
        });

        assertThat(recorder.summaries()).containsExactly(
                "pre_save " + author() + " [name]", "post_save " + author() + " updated [name]",
                "pre_delete " + author(), "post_delete " + author());
        assertThat(recorder.events()).allSatisfy(e -> assertThat(e.instance().getClass()).isEqualTo(authorClass()));
        assertThat(authorRows()).isZero();
    }

    @Test
    void noSessionKeepsSignalStateOnceClosed() {
        connect(modelSignals.postSave(), (sender, event) -> event.created()
                ? profiles().save(newProfile(authorClass().cast(event.instance()), "created")) : null, authorClass());
        connect(modelSignals.preSave(), (sender, event) -> null, profileClass());

        tx(() -> authors().save(newAuthor("Ada")));
        catchThrowable(() -> tx(() -> {
            authors().save(newAuthor("Grace"));
            throw new IllegalStateException("rolled back");
        }));

        assertThat(dispatcher().sessionsInFlight()).isZero();
    }

    // --- helpers ---------------------------------------------------------------------------

    ModelSignalDispatcher dispatcher() {
        SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        for (FlushEventListener listener : sessionFactory.getEventListenerRegistry().getEventListenerGroup(EventType.FLUSH).listeners()) {
            if (listener instanceof FlushEndListener flushEnd) {
                return flushEnd.dispatcher();
            }
        }
        throw new AssertionError("the model-signal listeners are not registered");
    }

    /** @return the payloads of the signal sent from the author class, as a receiver connected now gets them */
    <T> List<T> captured(Signal<T> signal) {
        List<T> payloads = new CopyOnWriteArrayList<>();
        connect(signal, (sender, payload) -> payloads.add(payload), authorClass());
        return payloads;
    }

    static <T> T single(List<T> payloads) {
        assertThat(payloads).hasSize(1);
        return payloads.get(0);
    }

    @SuppressWarnings("unchecked")
    ID idOf(A author) {
        return (ID) author.getId();
    }

    @SuppressWarnings("unchecked")
    ID idOfProfile(P profile) {
        return (ID) profile.getId();
    }

    String author() {
        return authorClass().getSimpleName();
    }

    String profile() {
        return profileClass().getSimpleName();
    }

    A withSlug(A author, String slug) {
        author.setSlug(slug);
        return author;
    }

    String nameOf(Object authorOrNote) {
        return authorOrNote instanceof AbstractAuthor author ? author.getName() : ((AbstractNote) authorOrNote).getText();
    }

    int noteRows() {
        return jdbc.queryForObject("select count(*) from " + tablePrefix() + "_note", Integer.class);
    }

    int authorRows() {
        return jdbc.queryForObject("select count(*) from " + tablePrefix() + "_author", Integer.class);
    }

    int profileRows(ID authorId, String source) {
        return jdbc.queryForObject("select count(*) from " + tablePrefix() + "_profile where author_id = ? and source = ?",
                Integer.class, authorId, source);
    }

    String emailInDatabase(ID id) {
        return jdbc.queryForObject("select email from " + tablePrefix() + "_author where id = ?", String.class, id);
    }

    <T> void connect(Signal<T> signal, Receiver<? super T> receiver, Class<?> sender) {
        signal.connect(receiver, sender);
        disconnects.add(() -> signal.disconnect(receiver));
    }

    <T> T tx(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    void tx(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    static int count(List<Boolean> written) {
        return (int) written.stream().filter(Boolean::booleanValue).count();
    }

    static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    static Throwable rootCause(Throwable thrown) {
        assertThat(thrown).as("the operation should have failed").isNotNull();
        List<Throwable> chain = causes(thrown);
        return chain.get(chain.size() - 1);
    }
}
