package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.SignalMonitor;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetPost;
import io.github.middlewaresignals.signal.model.hibernate.app.m2m.SetTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monitor that watches every send (a test recorder) sees every model signal, also where no
 * receiver listens: the bridge asks {@link Signal#isHeard}, not whether a receiver is connected.
 */
class UnheardModelSignalsTest extends RealMappingsTestSupport {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final SignalMonitor watchingEverySend = new SignalMonitor() {
        @Override
        public boolean watchesUnheardSends() {
            return true;
        }

        @Override
        public Object sendStarted(String signal, Object sender, Object payload, boolean concurrent) {
            seen.add(signal + " from " + ((Class<?>) sender).getSimpleName());
            return null;
        }
    };

    @Override
    List<String> tables() {
        return List.of("set_post_tags", "set_post", "set_tag");
    }

    @AfterEach
    void removeMonitor() {
        modelSignals.all().forEach(signal -> signal.removeMonitor(watchingEverySend));
    }

    @Test
    void aMonitorOfEverySendSeesEachModelSignalWithNoReceiverConnected() {
        recorder.stop();
        modelSignals.all().forEach(signal -> signal.addMonitor(watchingEverySend));

        Long id = tx(() -> {
            SetPost post = new SetPost("Hello");
            SetTag java = new SetTag("java");
            entityManager.persist(java);
            post.addTag(java);
            entityManager.persist(post);
            return post.getId();
        });
        tx(() -> entityManager.find(SetPost.class, id).setTitle("Hello again"));
        tx(() -> entityManager.remove(entityManager.find(SetPost.class, id)));

        assertThat(Set.copyOf(seen)).containsExactlyInAnyOrder(
                "pre_save from SetTag", "post_save from SetTag", "pre_save from SetPost", "post_save from SetPost",
                "m2m_changed from SetPost", "pre_init from SetPost", "post_init from SetPost",
                "pre_delete from SetPost", "post_delete from SetPost");
    }
}
