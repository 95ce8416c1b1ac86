package io.github.middlewaresignals.sample.signallog;

import java.time.Instant;

/**
 * One delivery of a signal.
 *
 * @param signal  the signal's name, e.g. {@code post_save}
 * @param sender  who sent it, e.g. {@code Article} for a model signal
 * @param summary what it carried, e.g. {@code Article[id=1, slug=hello-world] created}
 * @param at      when it was delivered
 */
public record SignalLogEntry(String signal, String sender, String summary, Instant at) {
}
