package io.github.middlewaresignals.test;

import java.util.Objects;

/**
 * One send that a test recorded: which signal, from which sender, with which payload. The sender
 * and the payload are the objects the send carried, not copies: an entity in a model signal's
 * payload shows its state of now, and a request in a request signal's payload is recycled once the
 * request is over.
 *
 * @param name    the signal's name ({@code "post_save"})
 * @param sender  the sender the send named, or {@code null}
 * @param payload the payload, or {@code null}
 */
public record SentSignal(String name, Object sender, Object payload) {

    public SentSignal {
        Objects.requireNonNull(name, "name");
    }

    /**
     * Whether this send came from the given sender: the sender itself (equal to it), or, when given a
     * class, an instance of it. So {@code isFrom(Customer.class)} holds for a model signal about a
     * {@code Customer} (whose sender is the class) and for a send whose sender is a {@code Customer}.
     */
    public boolean isFrom(Object sender) {
        return Objects.equals(this.sender, sender) || sender instanceof Class<?> type && type.isInstance(this.sender);
    }

    /**
     * The payload, as the type the caller expects.
     *
     * @throws ClassCastException when the payload is of another type; the message names both
     */
    public <P> P payload(Class<P> type) {
        if (payload != null && !type.isInstance(payload)) {
            throw new ClassCastException("The payload of " + this + " is a " + payload.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(payload);
    }

    /** @return e.g. {@code post_save from Customer: PostSave[…]} */
    @Override
    public String toString() {
        String from = sender == null ? " without sender"
                : " from " + (sender instanceof Class<?> type ? type.getSimpleName() : String.valueOf(sender));
        return name + from + ": " + payload;
    }
}
