package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.ModelEvent;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Animal;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Car;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Document;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Dog;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Invoice;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Vehicle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender is the concrete entity class in every inheritance mapping; a receiver for a parent
 * class never hears a child, and deleting a child sends no delete pair for its parent.
 */
public class InheritanceModelSignalsTest extends RealMappingsTestSupport {

    private final List<String> heardByParentReceivers = new CopyOnWriteArrayList<>();

    @Override
    List<String> tables() {
        return List.of("vehicle", "dog", "animal", "invoice");
    }

    @Test
    void aSingleTableChildIsSentAsItsOwnClassOnly() {
        listenAsParent(Vehicle.class);
        Car car = persisted(new Car("AB-123", 5));
        tx(() -> entityManager.find(Car.class, car.getId()).setPlate("CD-456"));
        tx(() -> entityManager.remove(entityManager.find(Car.class, car.getId())));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save Car", "post_save Car created", "pre_save Car [plate]", "post_save Car updated [plate]",
                "pre_delete Car", "post_delete Car");
        assertThat(heardByParentReceivers).isEmpty();

        persisted(new Vehicle("EF-789"));
        assertThat(heardByParentReceivers).containsExactly("pre_save Vehicle", "post_save Vehicle");
    }

    @Test
    void aJoinedChildIsSentAsItsOwnClassWithThePropertiesOfBothTables() {
        listenAsParent(Animal.class);
        Dog dog = persisted(new Dog("Rex", "collie"));
        tx(() -> {
            Dog found = entityManager.find(Dog.class, dog.getId());
            found.setName("Max");
            found.setBreed("beagle");
        });
        tx(() -> entityManager.remove(entityManager.find(Dog.class, dog.getId())));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save Dog", "post_save Dog created", "pre_save Dog [breed, name]", "post_save Dog updated [breed, name]",
                "pre_delete Dog", "post_delete Dog");
        assertThat(heardByParentReceivers).as("no delete pair for the parent row, unlike Django's multi-table inheritance").isEmpty();
        assertThat(rows("animal")).isZero();
    }

    @Test
    void anEntityWithAMappedSuperclassIsSentAsItsOwnClass() {
        listenAsParent(Document.class);
        Invoice invoice = persisted(new Invoice("March", 1200));
        tx(() -> entityManager.find(Invoice.class, invoice.getId()).setTitle("April"));

        assertThat(recorder.summaries()).containsExactly(
                "pre_save Invoice", "post_save Invoice created", "pre_save Invoice [title]", "post_save Invoice updated [title]");
        assertThat(heardByParentReceivers).isEmpty();
    }

    private void listenAsParent(Class<?> parent) {
        listenAsParent(modelSignals.preSave(), parent);
        listenAsParent(modelSignals.postSave(), parent);
        listenAsParent(modelSignals.preDelete(), parent);
        listenAsParent(modelSignals.postDelete(), parent);
    }

    private <P extends ModelEvent<?>> void listenAsParent(Signal<P> signal, Class<?> parent) {
        connect(signal, (sender, event) -> heardByParentReceivers.add(signal.name() + " " + event.sender().getSimpleName()), parent);
    }
}
