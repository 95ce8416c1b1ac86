package io.github.middlewaresignals.sample.signallog;

import io.github.middlewaresignals.sample.order.OrderCompleted;
import io.github.middlewaresignals.sample.order.OrderRefunded;
import io.github.middlewaresignals.signal.SignalReceiver;
import io.github.middlewaresignals.signal.model.ModelEvent;
import io.github.middlewaresignals.signal.model.ModelSignals;
import io.github.middlewaresignals.signal.model.PostDelete;
import io.github.middlewaresignals.signal.model.PostSave;
import io.github.middlewaresignals.signal.model.PreDelete;
import io.github.middlewaresignals.signal.model.PreSave;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Records every delivery of the model signals and the order signals in the {@link SignalLog}.
 * One method listens to six signals of different payload types: {@code Object} fits them all,
 * and the payload type tells which signal it was.
 */
@Component
class SignalLogReceiver {

    private final SignalLog log;

    SignalLogReceiver(SignalLog log) {
        this.log = log;
    }

    @SignalReceiver(signal = {"pre_save", "post_save", "pre_delete", "post_delete", "order_completed", "order_refunded"})
    void record(Object sender, Object payload) {
        log.record(new SignalLogEntry(signalOf(payload), senderName(sender), summaryOf(payload), Instant.now()));
    }

    private static String signalOf(Object payload) {
        if (payload instanceof PreSave<?>) {
            return ModelSignals.PRE_SAVE;
        } else if (payload instanceof PostSave<?>) {
            return ModelSignals.POST_SAVE;
        } else if (payload instanceof PreDelete<?>) {
            return ModelSignals.PRE_DELETE;
        } else if (payload instanceof PostDelete<?>) {
            return ModelSignals.POST_DELETE;
        } else if (payload instanceof OrderCompleted) {
            return "order_completed";
        } else if (payload instanceof OrderRefunded) {
            return "order_refunded";
        }
        return payload.getClass().getSimpleName();
    }

    private static String senderName(Object sender) {
        return sender instanceof Class<?> type ? type.getSimpleName() : String.valueOf(sender);
    }

    private static String summaryOf(Object payload) {
        if (payload instanceof PostSave<?> saved) {
            return saved.instance() + (saved.created() ? " created" : " updated " + saved.updateFields());
        } else if (payload instanceof PreSave<?> saving) {
            return saving.instance() + (saving.updateFields().isEmpty() ? "" : " changing " + saving.updateFields());
        } else if (payload instanceof ModelEvent<?> event) {
            return String.valueOf(event.instance());
        }
        return String.valueOf(payload);
    }
}
