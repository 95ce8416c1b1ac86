package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Address;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Book;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Customer;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Enrollment;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Playlist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code hasChanged} and {@code previous} on the mappings real applications use. */
class FieldChangesOnRealMappingsTest extends RealMappingsTestSupport {

    private final List<PostSave<?>> postSaves = new CopyOnWriteArrayList<>();

    @Override
    List<String> tables() {
        return List.of("enrollment", "book", "customer", "playlist_songs", "playlist");
    }

    @BeforeEach
    void capture() {
        for (Class<?> entity : List.of(Enrollment.class, Book.class, Customer.class, Playlist.class)) {
            connect(modelSignals.postSave(), (sender, event) -> postSaves.add(event), entity);
        }
    }

    @Test
    void theEmbeddedValueAsLoadedIsACopyAReceiverCannotSpoil() {
        Long id = persisted(new Customer("Ada", new Address("1 Main Street", "London"))).getId();
        postSaves.clear();

        tx(() -> entityManager.find(Customer.class, id).getAddress().setCity("Paris"));

        PostSave<?> post = postSaves.get(0);
        assertThat(post.hasChanged("address")).isTrue();
        ((Address) post.previous("address")).setCity("Spoiled");
        assertThat(((Address) post.previous("address")).getCity()).isEqualTo("London");
    }

    @Test
    void theVersionIsAFieldThatNeverChangesAndWasWhatHibernateLoaded() {
        Long id = persisted(new Book("978-0", "Dune", "ada")).getId();
        postSaves.clear();

        tx(() -> entityManager.find(Book.class, id).setTitle("Dune Messiah"));

        PostSave<?> post = postSaves.get(0);
        assertThat(post.hasChanged("version")).isFalse();
        assertThat(post.previous("version")).isEqualTo(0L);
        assertThat(post.previous("title")).isEqualTo("Dune");
    }

    @Test
    void anIdClassEntityListsItsFieldsWithoutTheSyntheticIdProperty() {
        Enrollment enrollment = persisted(new Enrollment("ada", "math", "B"));
        postSaves.clear();

        tx(() -> entityManager.find(Enrollment.class, enrollment.getKey()).setGrade("A"));

        PostSave<?> post = postSaves.get(0);
        assertThat(post.hasChanged("grade")).isTrue();
        assertThat(post.previous("grade")).isEqualTo("B");
        assertThatThrownBy(() -> post.previous("_identifierMapper"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("Enrollment has no field '_identifierMapper'; its fields: \\[[a-z, ]*grade[a-z, ]*]");
    }

    @Test
    void anElementCollectionIsNamedAsACollection() {
        Long id = persisted(new Playlist("Road trip")).getId();
        postSaves.clear();

        tx(() -> entityManager.find(Playlist.class, id).getSongs().add("Born to Run"));

        assertThatThrownBy(() -> postSaves.get(0).hasChanged("songs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'songs' of Playlist is a collection");
    }
}
