package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;

import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Address;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Book;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Country;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Customer;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Enrollment;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Playlist;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Shipment;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.ShipmentId;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** {@code updateFields()} holds the Java property names an UPDATE writes, on the mappings real applications use. */
public class UpdateFieldsOnRealMappingsTest extends RealMappingsTestSupport {

    @Override
    List<String> tables() {
        return List.of("enrollment", "book", "country", "customer", "shipment", "playlist_songs", "playlist");
    }

    @Test
    void anIdClassEntityReportsTheChangedPropertyAndNoSyntheticOne() {
        Enrollment enrollment = persisted(new Enrollment("ada", "math", "B"));
        recorder.clear();

        tx(() -> entityManager.find(Enrollment.class, enrollment.getKey()).setGrade("A"));

        assertThat(recorder.summaries()).containsExactly("pre_save Enrollment [grade]", "post_save Enrollment updated [grade]");
    }

    @Test
    void propertiesTheUpdateDoesNotWriteAreNoUpdateFields() {
        Long id = persisted(new Book("978-0", "Dune", "ada")).getId();
        recorder.clear();

        tx(() -> {
            Book book = entityManager.find(Book.class, id);
            book.setTitle("Dune Messiah");      // written
            book.setIsbn("978-1");              // a mutable natural id: written
            book.setCreatedBy("mallory");       // @Column(updatable = false): not written
            book.setShelfLabel("FORGED");       // @Formula: not a column at all
        });

        assertThat(recorder.summaries()).containsExactly(
                "pre_save Book [isbn, title]", "post_save Book updated [isbn, title]");
        assertThat(jdbc.queryForObject("select created_by from book", String.class)).isEqualTo("ada");
        assertThat(jdbc.queryForObject("select version from book", Long.class)).isEqualTo(1L);
    }

    @Test
    void anImmutableNaturalIdIsRefusedByHibernateBeforeAnySignal() {
        Long id = persisted(new Country("FR", "France")).getId();
        recorder.clear();

        tx(() -> entityManager.find(Country.class, id).setName("République française"));
        assertThat(recorder.summaries()).containsExactly("pre_save Country [name]", "post_save Country updated [name]");
        recorder.clear();

        Throwable thrown = catchThrowable(() -> tx(() -> entityManager.find(Country.class, id).setCode("XX")));

        assertThat(thrown).rootCause().isInstanceOf(HibernateException.class).hasMessageContaining("immutable");
        assertThat(recorder.summaries()).isEmpty();
    }

    @Test
    void aChangeInsideAnEmbeddableNamesTheEmbeddedProperty() {
        Long id = persisted(new Customer("Ada", new Address("1 Main Street", "London"))).getId();
        recorder.clear();

        tx(() -> entityManager.find(Customer.class, id).getAddress().setCity("Paris"));

        assertThat(recorder.summaries()).containsExactly("pre_save Customer [address]", "post_save Customer updated [address]");
    }

    @Test
    void anEmbeddedIdEntitySendsEverySignalWithItsOwnProperties() {
        ShipmentId id = new ShipmentId("A-1", 1);
        persisted(new Shipment(id, 3));
        tx(() -> entityManager.find(Shipment.class, id).setQuantity(5));
        tx(() -> entityManager.remove(entityManager.find(Shipment.class, id)));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save Shipment", "post_save Shipment created",
                "pre_save Shipment [quantity]", "post_save Shipment updated [quantity]",
                "pre_delete Shipment", "post_delete Shipment");
    }

    @Test
    void aCollectionOnlyChangeOfAVersionedEntitySendsAnUpdateWithNoUpdateFields() {
        Long id = persisted(new Playlist("Road trip")).getId();
        recorder.clear();

        tx(() -> entityManager.find(Playlist.class, id).getSongs().add("Born to Run"));

        assertThat(recorder.summaries()).containsExactly("pre_save Playlist", "post_save Playlist updated");
        assertThat(recorder.events()).allSatisfy(event -> assertThat(event.updateFields()).isEmpty());
        assertThat(jdbc.queryForObject("select version from playlist", Long.class)).isEqualTo(1L);
    }
}
