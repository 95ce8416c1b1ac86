package io.github.middlewaresignals.test.shop;

import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.test.MuteSignals;
import io.github.middlewaresignals.test.RecordSignals;
import io.github.middlewaresignals.test.RecordedSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @RecordSignals} and {@code @MuteSignals} in a {@code @DataJpaTest}, whose test methods run in a transaction. */
@DataJpaTest
@Import(WelcomeMails.class)
@RecordSignals
class RecordSignalsDataJpaTest {

    @Autowired
    RecordedSignals recorded;
    @Autowired
    CustomerRepository customers;
    @Autowired
    WelcomeMails welcomeMails;

    @BeforeEach
    void forgetMails() {
        welcomeMails.clear();
    }

    @Test
    void recordsTheModelSignalsOfASavedEntity() {
        Customer ada = customers.save(new Customer("Ada"));

        assertThat(recorded).sent("post_save").from(Customer.class).once()
                .payloads(PostSave.class).singleElement().satisfies(event -> {
                    assertThat(event.created()).isTrue();
                    assertThat(event.instance()).isSameAs(ada);
                });
    }

    @Test
    void recordsTheModelSignalsNoReceiverHears() {
        customers.save(new Customer("Ada"));

        assertThat(recorded).sentInOrder("pre_save", "post_save");
        assertThat(recorded).sent("pre_save").from(Customer.class).once();
    }

    /** Runs in order: the muting of one test method must not reach the next. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class FromOneTestMethodToTheNext {

        @Test
        @Order(1)
        @MuteSignals("post_save")
        void mutedPostSaveReachesNoReceiverAndIsNotRecorded() {
            customers.save(new Customer("Ada"));

            assertThat(welcomeMails.sent()).isEmpty();
            assertThat(recorded).didNotSend("post_save");
        }

        @Test
        @Order(2)
        void nextTestHearsPostSaveAgain() {
            customers.save(new Customer("Bob"));

            assertThat(welcomeMails.sent()).containsExactly("Bob");
            assertThat(recorded).sent("post_save").once();
        }
    }

    /** A class-level muting covers the fixtures saved in {@code @BeforeEach} as well. */
    @Nested
    @MuteSignals("post_save")
    class WithMutedFixtures {

        @BeforeEach
        void saveFixture() {
            customers.save(new Customer("Fixture"));
        }

        @Test
        void fixturesSendNothingAndTheTestItselfIsMutedToo() {
            customers.save(new Customer("Ada"));

            assertThat(welcomeMails.sent()).isEmpty();
            assertThat(recorded).didNotSend("post_save");
            assertThat(customers.count()).isEqualTo(2);
        }
    }
}
