package io.github.middlewaresignals.signal.model.hibernate;

import java.util.Set;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.PostSave;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;

/** Records {@code post_save} with {@code created=false} after an UPDATE. */
final class PostUpdateSignalListener implements PostUpdateEventListener {

    private final ModelSignalDispatcher dispatcher;

    PostUpdateSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void onPostUpdate(PostUpdateEvent event) {
        Class<?> sender = event.getPersister().getMappedClass();
        Signal<PostSave<?>> postSave = dispatcher.signals().postSave();
        if (event.getSession().isStateless() || !postSave.hasListeners(sender)) {
            return;
        }
        Set<String> updateFields = event.getOldState() != null
                ? EntityStates.changedProperties(event.getOldState(), event.getState(), event.getPersister(), event.getSession())
                : EntityStates.propertyNames(event.getDirtyProperties(), event.getPersister());
        dispatcher.queuePost(event.getSession(), postSave, sender, new PostSave(sender, event.getEntity(), false, updateFields));
    }
}
