package io.github.middlewaresignals.signal.model.hibernate;

import io.github.middlewaresignals.signal.Signal;
import io.github.middlewaresignals.signal.model.PostDelete;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;

/** Records {@code post_delete} after a DELETE. */
final class PostDeleteSignalListener implements PostDeleteEventListener {

    private final ModelSignalDispatcher dispatcher;

    PostDeleteSignalListener(ModelSignalDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void onPostDelete(PostDeleteEvent event) {
        Class<?> sender = event.getPersister().getMappedClass();
        Signal<PostDelete<?>> postDelete = dispatcher.signals().postDelete();
        if (event.getSession().isStateless() || !postDelete.hasListeners(sender)) {
            return;
        }
        dispatcher.queuePost(event.getSession(), postDelete, sender, new PostDelete(sender, event.getEntity()));
    }
}
