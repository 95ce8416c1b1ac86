package io.github.middlewaresignals.signal.model.units;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostSave;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every persistence unit built with Spring Boot's EntityManagerFactoryBuilder sends model signals;
 * one built by hand sends them only with the integrator added to its JPA properties.
 */
@SpringBootTest(classes = PersistenceUnitsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SecondPersistenceUnitModelSignalsTest {

    @Autowired
    ModelSignals modelSignals;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    @Qualifier("secondEntityManagerFactory")
    EntityManagerFactory secondEntityManagerFactory;
    @Autowired
    @Qualifier("handBuiltEntityManagerFactory")
    EntityManagerFactory handBuiltEntityManagerFactory;
    @Autowired
    @Qualifier("wiredEntityManagerFactory")
    EntityManagerFactory wiredEntityManagerFactory;

    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final Receiver<PostSave<?>> recordSaves = (sender, event) -> saved.add(event.sender().getSimpleName());

    @AfterEach
    void disconnect() {
        modelSignals.postSave().disconnect(recordSaves);
    }

    @Test
    void unitsBuiltWithBootsBuilderSendModelSignals() {
        modelSignals.postSave().connect(recordSaves);

        persist(entityManagerFactory, new PrimaryUnitNote("primary"));
        persist(secondEntityManagerFactory, new SecondUnitNote("second"));

        assertThat(saved).containsExactly("PrimaryUnitNote", "SecondUnitNote");
    }

    @Test
    void aUnitBuiltByHandSendsNothingUnlessTheIntegratorIsInItsProperties() {
        modelSignals.postSave().connect(recordSaves);

        persist(handBuiltEntityManagerFactory, new HandBuiltUnitNote("by hand"));
        persist(wiredEntityManagerFactory, new WiredUnitNote("by hand, wired"));

        assertThat(saved).containsExactly("WiredUnitNote");
    }

    private static void persist(EntityManagerFactory factory, Object entity) {
        try (EntityManager entityManager = factory.createEntityManager()) {
            entityManager.getTransaction().begin();
            entityManager.persist(entity);
            entityManager.getTransaction().commit();
        }
    }
}
