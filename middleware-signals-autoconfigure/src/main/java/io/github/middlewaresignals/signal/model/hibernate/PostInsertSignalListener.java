package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Set;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.PostSave;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;

/** Records {@code post_save} with {@code created=true} after an INSERT. */
final class PostInsertSignalListener implements PostInsertEventListener {

    private final ModelSignalDispatcher dispatcher;

    PostInsertSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void onPostInsert(PostInsertEvent event) {
        Class<?> sender = event.getPersister().getMappedClass();
        Signal<PostSave<?>> postSave = dispatcher.signals().postSave();
        if (event.getSession().isStateless() || !postSave.hasListeners(sender)) {
            return;
        }
        dispatcher.queuePost(event.getSession(), postSave, sender, new PostSave(sender, event.getEntity(), true, Set.of()));
    }
}
