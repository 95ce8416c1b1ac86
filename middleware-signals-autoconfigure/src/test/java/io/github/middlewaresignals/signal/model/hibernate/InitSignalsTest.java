package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.model.hibernate.app.IdentityAuthor;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetPost;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetTag;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pre_init} and {@code post_init}: sent for every entity Hibernate loads, and for nothing else. */
class InitSignalsTest extends RealMappingsTestSupport {

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Override
    List<String> tables() {
        return List.of("set_post_tags", "set_post", "set_tag", "identity_note", "identity_author");
    }

    @BeforeEach
    void recordInits() {
        connect(modelSignals.preInit(), (sender, event) -> sent.add("pre_init " + event.sender().getSimpleName() + " #" + event.id()
                + (event.instance() == null ? "" : " with an instance")), null);
        connect(modelSignals.postInit(), (sender, event) -> sent.add("post_init " + event.sender().getSimpleName() + " "
                + nameOf(event.instance())), null);
    }

    @Test
    void findSendsPreInitWithTheIdThenPostInitWithTheLoadedInstance() {
        Long id = author("Ada");

        IdentityAuthor found = tx(() -> entityManager.find(IdentityAuthor.class, id));

        assertThat(sent).containsExactly("pre_init IdentityAuthor #" + id, "post_init IdentityAuthor Ada");
        assertThat(found.getName()).isEqualTo("Ada");
    }

    @Test
    void aQuerySendsThePairForEveryEntityItLoads() {
        Long ada = author("Ada");
        Long grace = author("Grace");

        tx(() -> entityManager.createQuery("select a from IdentityAuthor a order by a.name", IdentityAuthor.class).getResultList());

        assertThat(sent).containsExactlyInAnyOrder("pre_init IdentityAuthor #" + ada, "pre_init IdentityAuthor #" + grace,
                "post_init IdentityAuthor Ada", "post_init IdentityAuthor Grace");
        assertThat(sent.subList(0, 2)).allSatisfy(line -> assertThat(line).startsWith("pre_init"));
    }

    @Test
    void aLazyProxySendsNothingUntilItInitialises() {
        Long id = author("Ada");

        tx(() -> {
            IdentityAuthor reference = entityManager.getReference(IdentityAuthor.class, id);
            assertThat(sent).isEmpty();
            assertThat(reference.getName()).isEqualTo("Ada");
        });

        assertThat(sent).containsExactly("pre_init IdentityAuthor #" + id, "post_init IdentityAuthor Ada");
    }

    @Test
    void theElementsOfALazyCollectionArriveWhenItLoads() {
        Long postId = tx(() -> {
            SetPost post = new SetPost("Hello");
            SetTag java = new SetTag("java");
            entityManager.persist(java);
            post.addTag(java);
            entityManager.persist(post);
            return post.getId();
        });
        sent.clear();

        tx(() -> {
            SetPost post = entityManager.find(SetPost.class, postId);
            assertThat(sent).containsExactly("pre_init SetPost #" + postId, "post_init SetPost Hello");
            post.getTags().size();
        });

        assertThat(sent).hasSize(4).endsWith("post_init SetTag java");
    }

    @Test
    void anEntityTheSessionAlreadyHoldsIsNotLoadedAgainAndSendsNothing() {
        Long id = author("Ada");

        tx(() -> {
            entityManager.find(IdentityAuthor.class, id);
            entityManager.find(IdentityAuthor.class, id);
            entityManager.createQuery("select a from IdentityAuthor a", IdentityAuthor.class).getResultList();
        });

        assertThat(sent).containsExactly("pre_init IdentityAuthor #" + id, "post_init IdentityAuthor Ada");
    }

    @Test
    void creatingAndSavingAnEntitySendsNeitherJpaHasNoHookForNew() {
        author("Ada");

        assertThat(sent).isEmpty();
    }

    @Test
    void aStatelessSessionsLoadsSendNothing() {
        Long id = author("Ada");

        IdentityAuthor found = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class)
                .fromStatelessTransaction(session -> session.get(IdentityAuthor.class, id));

        assertThat(found.getName()).isEqualTo("Ada");
        assertThat(sent).isEmpty();
    }

    @Test
    void aPostInitReceiverMayQueryWithoutFlushingPendingChangesInTheMiddleOfALoad() {
        Long ada = author("Ada");
        Long grace = author("Grace");
        List<Long> counted = new CopyOnWriteArrayList<>();
        connect(modelSignals.postInit(), (sender, event) -> counted.add(entityManager
                .createQuery("select count(a) from IdentityAuthor a where a.name = 'Changed'", Long.class).getSingleResult()),
                IdentityAuthor.class);

        tx(() -> {
            entityManager.find(IdentityAuthor.class, grace).setName("Changed");
            entityManager.find(IdentityAuthor.class, ada);
        });

        assertThat(counted).containsExactly(0L, 0L);
        assertThat(jdbc.queryForObject("select count(*) from identity_author where name = 'Changed'", Integer.class)).isEqualTo(1);
    }

    /** @return the id of a new author, committed; nothing it sent is left in the record */
    private Long author(String name) {
        return persisted(new IdentityAuthor(name)).getId();
    }

    private static String nameOf(Object entity) {
        return entity instanceof IdentityAuthor author ? author.getName()
                : entity instanceof SetPost post ? post.getTitle()
                : entity instanceof SetTag tag ? tag.getName() : String.valueOf(entity);
    }
}
