package io.github.middlewaresignals.signal.model.hibernate;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.middlewaresignals.signal.Receiver;
import io.github.middlewaresignals.signal.model.ModelEvent;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreSave;

/** Records every model signal sent, for any sender. */
final class SignalRecorder {

    record Recorded(String signal, Class<?> sender, Object instance, Boolean created, Set<String> updateFields) {

        /** e.g. {@code post_save IdentityAuthor created [name]} */
        String summary() {
            return signal + " " + sender.getSimpleName()
                    + (created == null ? "" : created ? " created" : " updated")
                    + (updateFields == null || updateFields.isEmpty() ? "" : " " + new java.util.TreeSet<>(updateFields));
        }
    }

    private final ModelSignals signals;
    private final List<Recorded> events = new CopyOnWriteArrayList<>();
    private final Receiver<PreSave<?>> preSave = (sender, e) -> add("pre_save", sender, e, null, e.updateFields());
    private final Receiver<PostSave<?>> postSave = (sender, e) -> add("post_save", sender, e, e.created(), e.updateFields());
    private final Receiver<PreDelete<?>> preDelete = (sender, e) -> add("pre_delete", sender, e, null, null);
    private final Receiver<PostDelete<?>> postDelete = (sender, e) -> add("post_delete", sender, e, null, null);

    SignalRecorder(ModelSignals signals) {
        this.signals = signals;
    }

    SignalRecorder start() {
        signals.preSave().connect(preSave);
        signals.postSave().connect(postSave);
        signals.preDelete().connect(preDelete);
        signals.postDelete().connect(postDelete);
        return this;
    }

    void stop() {
        signals.preSave().disconnect(preSave);
        signals.postSave().disconnect(postSave);
        signals.preDelete().disconnect(preDelete);
        signals.postDelete().disconnect(postDelete);
    }

    private Object add(String signal, Object sender, ModelEvent<?> event, Boolean created, Set<String> updateFields) {
        if (sender != event.sender()) {
            throw new AssertionError("send() sender " + sender + " differs from the payload's " + event.sender());
        }
        events.add(new Recorded(signal, event.sender(), event.instance(), created, updateFields));
        return null;
    }

    List<Recorded> events() {
        return List.copyOf(events);
    }

    List<Recorded> eventsFrom(Class<?> sender) {
        return events.stream().filter(e -> e.sender() == sender).toList();
    }

    List<String> summaries() {
        return events.stream().map(Recorded::summary).toList();
    }

    List<String> summariesFrom(Class<?> sender) {
        return eventsFrom(sender).stream().map(Recorded::summary).toList();
    }

    void clear() {
        events.clear();
    }
}
