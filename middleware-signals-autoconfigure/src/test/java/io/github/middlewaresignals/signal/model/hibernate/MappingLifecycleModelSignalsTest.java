package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;

import io.github.middlewaresignals.signal.model.hibernate.app.mapping.AuditEntry;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Comment;
import io.github.middlewaresignals.signal.model.hibernate.app.mapping.Reminder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Soft deletes, immutable entities and JPA lifecycle callbacks next to the model signals. */
public class MappingLifecycleModelSignalsTest extends RealMappingsTestSupport {

    @Override
    List<String> tables() {
        return List.of("comment", "audit_entry", "reminder");
    }

    @BeforeEach
    void forgetCallbacks() {
        Reminder.CALLBACKS.clear();
    }

    @Test
    void aSoftDeleteSendsTheDeletePairAndNoSave() {
        Comment comment = persisted(new Comment("first!"));
        recorder.clear();

        tx(() -> entityManager.remove(entityManager.find(Comment.class, comment.getId())));

        assertThat(recorder.summaries()).containsExactly("pre_delete Comment", "post_delete Comment");
        assertThat(rows("comment")).as("the row stays, marked deleted").isEqualTo(1);
        assertThat(tx(() -> entityManager.find(Comment.class, comment.getId()))).isNull();
    }

    @Test
    void aChangeToAnImmutableEntityIsNotWrittenAndSendsNothing() {
        AuditEntry entry = persisted(new AuditEntry("signed in"));
        assertThat(recorder.summaries()).containsExactly("pre_save AuditEntry", "post_save AuditEntry created");
        recorder.clear();

        tx(() -> {
            entityManager.find(AuditEntry.class, entry.getId()).setMessage("tampered");
            entityManager.flush();
        });

        assertThat(recorder.summaries()).isEmpty();
        assertThat(jdbc.queryForObject("select message from audit_entry", String.class)).isEqualTo("signed in");
    }

    @Test
    void jpaCallbacksRunBeforeTheSignalsOfTheSameStepAndTheirChangesAreSeen() {
        connect(modelSignals.preSave(), (sender, event) -> Reminder.CALLBACKS.add("pre_save sees " + ((Reminder) event.instance()).getStatus()),
                Reminder.class);
        connect(modelSignals.postSave(), (sender, event) -> Reminder.CALLBACKS.add("post_save"), Reminder.class);
        connect(modelSignals.preDelete(), (sender, event) -> Reminder.CALLBACKS.add("pre_delete"), Reminder.class);
        connect(modelSignals.postDelete(), (sender, event) -> Reminder.CALLBACKS.add("post_delete"), Reminder.class);

        Long id = persisted(new Reminder("call mum")).getId();
        assertThat(Reminder.CALLBACKS).containsExactly("@PrePersist", "pre_save sees new", "@PostPersist", "post_save");
        Reminder.CALLBACKS.clear();

        tx(() -> entityManager.find(Reminder.class, id).setText("call dad"));
        assertThat(Reminder.CALLBACKS).containsExactly("@PreUpdate", "pre_save sees edited", "@PostUpdate", "post_save");
        Reminder.CALLBACKS.clear();

        tx(() -> entityManager.remove(entityManager.find(Reminder.class, id)));
        assertThat(Reminder.CALLBACKS).containsExactly("@PreRemove", "pre_delete", "@PostRemove", "post_delete");
    }
}
