package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.model.M2MChanged;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.AbstractPost;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.AbstractTag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.JpaRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What {@code m2m_changed} promises, run against real Hibernate on H2 once per mapping of the owning
 * collection (a subclass per mapping and id strategy; all share one application context). SQL
 * stays portable, so that a subclass with another datasource can run the same tests elsewhere.
 *
 * @param <P> the post: the owning side of the {@code @ManyToMany}
 * @param <T> the tag: the inverse side
 */
abstract class M2MChangedContract<P extends AbstractPost, T extends AbstractTag> extends RealMappingsTestSupport {

    final List<M2MChanged<?>> sent = new CopyOnWriteArrayList<>();
    private final Map<Object, String> tagNames = new ConcurrentHashMap<>();
    T java;
    T spring;
    T django;

    abstract Class<P> postClass();

    abstract Class<T> tagClass();

    abstract JpaRepository<P, Long> posts();

    abstract JpaRepository<T, Long> tags();

    abstract P newPost(String title);

    abstract T newTag(String name);

    /** The table name prefix: {@code set} or {@code list}. */
    abstract String tablePrefix();

    @BeforeEach
    void tagsAndRecorder() {
        java = tag("java");
        spring = tag("spring");
        django = tag("django");
        connect(modelSignals.m2mChanged(), (sender, event) -> sent.add(event), null);
    }

    @Override
    List<String> tables() {
        return List.of(tablePrefix() + "_post_tags", tablePrefix() + "_post", tablePrefix() + "_tag");
    }

    // --- what the payload says ---------------------------------------------------------------

    @Test
    void addingTagsSendsPreAddThenPostAddWithTheOwnerTheFieldTheModelAndTheIds() {
        Long id = post("Hello", java);

        tx(() -> {
            P post = posts().findById(id).orElseThrow();
            post.addTag(managed(spring));
            post.addTag(managed(django));
        });

        assertThat(summaries()).containsExactly("PRE_ADD [django, spring]", "POST_ADD [django, spring]");
        assertThat(sent).allSatisfy(event -> {
            assertThat(event.sender()).isEqualTo(postClass());
            assertThat(((AbstractPost) event.instance()).getTitle()).isEqualTo("Hello");
            assertThat(event.field()).isEqualTo("tags");
            assertThat(event.model()).isEqualTo(tagClass());
        });
        assertThat(joinRows(id)).isEqualTo(3);
    }

    @Test
    void removingTagsSendsPreRemoveThenPostRemove() {
        Long id = post("Hello", java, spring, django);

        tx(() -> posts().findById(id).orElseThrow().getTags().removeIf(tag -> !tag.getName().equals("java")));

        assertThat(summaries()).containsExactly("PRE_REMOVE [django, spring]", "POST_REMOVE [django, spring]");
        assertThat(joinRows(id)).isEqualTo(1);
    }

    @Test
    void addingAndRemovingInOneFlushSendsOnePairPerActionWithEveryIdOfTheFlush() {
        Long id = post("Hello", java);

        tx(() -> {
            P post = posts().findById(id).orElseThrow();
            post.addTag(managed(spring));
            post.getTags().removeIf(tag -> tag.getName().equals("java"));
            post.addTag(managed(django));
        });

        assertThat(summaries()).containsExactly("PRE_REMOVE [java]", "PRE_ADD [django, spring]", "POST_REMOVE [java]",
                "POST_ADD [django, spring]");
    }

    @Test
    void eachFlushSendsItsOwnPairs() {
        Long id = post("Hello");

        tx(() -> {
            P post = posts().findById(id).orElseThrow();
            post.addTag(managed(java));
            posts().flush();
            post.addTag(managed(spring));
        });

        assertThat(summaries()).containsExactly("PRE_ADD [java]", "POST_ADD [java]", "PRE_ADD [spring]", "POST_ADD [spring]");
    }

    @Test
    void emptyingTheCollectionSendsTheClearPairWithoutIds() {
        Long id = post("Hello", java, spring);

        tx(() -> posts().findById(id).orElseThrow().getTags().clear());

        assertThat(summaries()).containsExactly("PRE_CLEAR", "POST_CLEAR");
        assertThat(sent).allSatisfy(event -> assertThat(event.pkSet()).isNull());
        assertThat(joinRows(id)).isZero();
    }

    // --- replaced collections, new and deleted owners ------------------------------------------

    @Test
    void replacingTheCollectionSendsRemoveAndAddForTheDifference() {
        Long id = post("Hello", java, spring);

        tx(() -> {
            P post = posts().findById(id).orElseThrow();
            post.getTags().size();
            post.replaceTags(List.of(managed(spring), managed(django)));
        });

        assertThat(summaries()).containsExactly("PRE_REMOVE [java]", "PRE_ADD [django]", "POST_REMOVE [java]", "POST_ADD [django]");
        assertThat(tagsInDatabase(id)).containsExactly("django", "spring");
    }

    @Test
    void replacingACollectionThatWasNeverLoadedStillSendsTheDifference() {
        Long id = post("Hello", java, spring);

        tx(() -> posts().findById(id).orElseThrow().replaceTags(List.of(managed(spring), managed(django))));

        assertThat(summaries()).containsExactly("PRE_REMOVE [java]", "PRE_ADD [django]", "POST_REMOVE [java]", "POST_ADD [django]");
        assertThat(tagsInDatabase(id)).containsExactly("django", "spring");
    }

    @Test
    void replacingTheCollectionWithTheSameTagsSendsNothing() {
        Long id = post("Hello", java, spring);

        tx(() -> posts().findById(id).orElseThrow().replaceTags(List.of(managed(java), managed(spring))));

        assertThat(summaries()).isEmpty();
        assertThat(tagsInDatabase(id)).containsExactly("java", "spring");
    }

    @Test
    void replacingTheCollectionWithAnEmptyOneOrNullSendsTheClearPair() {
        Long first = post("First", java, spring);
        Long second = post("Second", django);

        tx(() -> posts().findById(first).orElseThrow().replaceTags(List.of()));
        tx(() -> posts().findById(second).orElseThrow().replaceTags(null));

        assertThat(summaries()).containsExactly("PRE_CLEAR", "POST_CLEAR", "PRE_CLEAR", "POST_CLEAR");
        assertThat(joinRows(first) + joinRows(second)).isZero();
    }

    @Test
    void aNewPostWithTagsSendsAddForEachOfThem() {
        tx(() -> {
            P post = newPost("Hello");
            post.addTag(managed(java));
            post.addTag(managed(spring));
            return posts().save(post);
        });

        assertThat(summaries()).containsExactly("PRE_ADD [java, spring]", "POST_ADD [java, spring]");
    }

    @Test
    void saveOfADetachedPostWithChangedTagsSendsTheDifference() {
        Long id = post("Hello", java);
        P detached = tx(() -> {
            P post = posts().findById(id).orElseThrow();
            post.getTags().size();
            return post;
        });

        detached.getTags().clear();
        detached.addTag(spring);
        tx(() -> posts().save(detached));

        assertThat(summaries()).containsExactly("PRE_REMOVE [java]", "PRE_ADD [spring]", "POST_REMOVE [java]", "POST_ADD [spring]");
    }

    @Test
    void deletingAPostDeletesItsJoinRowsAndSendsNoM2mChanged() {
        Long id = post("Hello", java, spring);

        tx(() -> posts().deleteById(id));

        assertThat(summaries()).isEmpty();
        assertThat(joinRows(id)).isZero();
    }

    @Test
    void changesOnlyOnTheInverseSideWriteNothingAndSendNothing() {
        Long id = post("Hello");

        tx(() -> {
            managed(java).addPostOnThisSideOnly(posts().findById(id).orElseThrow());
        });

        assertThat(summaries()).isEmpty();
        assertThat(joinRows(id)).isZero();
    }

    @Test
    void loadingAndReadingTheTagsSendsNothing() {
        Long id = post("Hello", java, spring);

        tx(() -> posts().findById(id).orElseThrow().getTags().size());

        assertThat(summaries()).isEmpty();
    }

    // --- timing and receivers that write -------------------------------------------------------

    @Test
    void preActionsRunBeforeTheJoinTableIsWrittenAndPostActionsAfter() {
        Long id = post("Hello", java);
        List<String> seen = new CopyOnWriteArrayList<>();
        connect(modelSignals.m2mChanged(), (sender, event) -> seen.add(event.action() + " sees " + entityManager
                .createNativeQuery("select count(*) from " + tablePrefix() + "_post_tags").getSingleResult()), postClass());

        tx(() -> posts().findById(id).orElseThrow().addTag(managed(spring)));

        assertThat(seen).containsExactly("PRE_ADD sees 1", "POST_ADD sees 2");
    }

    @Test
    void aPostActionReceiverMayWriteThroughARepositoryInTheSameTransaction() {
        Long id = post("Hello", java);
        connect(modelSignals.m2mChanged(), (sender, event) -> event.action() == M2MChanged.Action.POST_ADD
                ? tags().save(newTag("added-" + event.pkSet().size())) : null, postClass());

        tx(() -> posts().findById(id).orElseThrow().addTag(managed(spring)));

        assertThat(jdbc.queryForList("select name from " + tablePrefix() + "_tag where name like 'added-%'", String.class))
                .containsExactly("added-1");
    }

    @Test
    void aPreActionReceiverThatSavesANewEntityGetsAClearErrorAndNothingIsWritten() {
        Long id = post("Hello", java);
        connect(modelSignals.m2mChanged(), (sender, event) -> event.action() == M2MChanged.Action.PRE_ADD
                ? tags().save(newTag("too early")) : null, postClass());

        Throwable thrown = catchThrowable(() -> tx(() -> posts().findById(id).orElseThrow().addTag(managed(spring))));

        assertThat(ModelSignalsContract.causes(thrown)).anySatisfy(cause -> assertThat(cause)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A m2m_changed PRE_ADD receiver for " + postClass().getSimpleName() + " saved or deleted another"
                        + " entity while Hibernate was executing the statements of a flush. Do such writes in a m2m_changed"
                        + " POST_ADD receiver: it runs once the statements are done and may write through repositories."));
        assertThat(joinRows(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + tablePrefix() + "_tag where name = 'too early'", Integer.class)).isZero();
    }

    // --- helpers ---------------------------------------------------------------------------

    /** @return the id of a new post with these tags, committed */
    @SafeVarargs
    final Long post(String title, T... tagsOfPost) {
        Long id = tx(() -> {
            P post = newPost(title);
            for (T tag : tagsOfPost) {
                post.addTag(managed(tag));
            }
            return (Long) posts().save(post).getId();
        });
        sent.clear();
        return id;
    }

    private T tag(String name) {
        T tag = tx(() -> tags().save(newTag(name)));
        tagNames.put(tag.getId(), name);
        return tag;
    }

    /** @return the tag as the current transaction's persistence context holds it */
    T managed(T tag) {
        return entityManager.find(tagClass(), tag.getId());
    }

    /** @return e.g. {@code PRE_ADD [django, spring]}: the action and the names of the tags in its pkSet */
    List<String> summaries() {
        return sent.stream().map(event -> event.pkSet() == null ? event.action().toString()
                : event.action() + " " + new TreeSet<>(event.pkSet().stream().map(tagNames::get).toList())).toList();
    }

    int joinRows(Long postId) {
        return jdbc.queryForObject("select count(*) from " + tablePrefix() + "_post_tags where post_id = ?",
                Integer.class, postId);
    }

    List<String> tagsInDatabase(Long postId) {
        return jdbc.queryForList("select t.name from " + tablePrefix() + "_tag t join " + tablePrefix() + "_post_tags j on j.tag_id = t.id"
                + " where j.post_id = ? order by t.name", String.class, postId);
    }
}
