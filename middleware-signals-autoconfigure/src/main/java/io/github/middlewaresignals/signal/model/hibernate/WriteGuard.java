package io.github.middlewaresignals.signal.model.hibernate;

/**
 * What a pre receiver running during a flush may not do: save another entity, and delete one
 * unless allowed. Hibernate is then iterating the statements it collected; one more would be
 * lost, executed twice, or break the iteration.
 *
 * @param send           the send whose receivers are running
 * @param later          the post signal where such writes belong, e.g. {@code post_save}
 * @param deletesAllowed whether deleting is allowed (while Hibernate collects, not while it executes)
 */
record WriteGuard(SignalSend send, String later, boolean deletesAllowed) {

    IllegalStateException refusal() {
        return new IllegalStateException("A " + send.label() + " receiver for " + send.sender().getSimpleName()
                + " saved " + (deletesAllowed ? "" : "or deleted ") + "another entity while Hibernate was "
                + (deletesAllowed ? "collecting" : "executing") + " the statements of a flush. Do such writes in a "
                + later + " receiver: it runs once the statements are done and may write through repositories.");
    }
}
