package io.github.middlewaresignals.signal.model;

/**
 * Thrown when model-signal receivers keep writing entities whose own signals make them write
 * again, beyond the configured nesting depth: typically a {@code post_save} receiver that saves
 * its own sender on every save. Guard such a receiver with {@link PostSave#created()} or
 * {@link PostSave#updateFields()}.
 */
public class ModelSignalNestingException extends RuntimeException {

    private final int maxDepth;

    /**
     * @param maxDepth the depth that was exceeded
     * @param what     the signals still waiting when the limit was hit, e.g. {@code "post_save from User"}
     */
    public ModelSignalNestingException(int maxDepth, String what) {
        super("Model signal receivers are still writing after " + maxDepth + " nested rounds (still pending: " + what
                + "). A receiver probably writes again on every signal it gets (a post_save receiver that saves its own"
                + " sender, a pre_delete receiver that deletes without end); guard it with created() or updateFields(),"
                + " or raise signals.model.max-nesting-depth if the nesting is intended.");
        this.maxDepth = maxDepth;
    }

    /** @return the nesting depth that was exceeded */
    public int maxDepth() {
        return maxDepth;
    }
}
