package io.github.middlewaresignals.signal.model;

import io.github.middlewaresignals.signal.Signal;

/**
 * The four model signals of one application, Django's {@code django.db.models.signals}.
 * Each application context has its own instance, so two contexts never see each other's signals.
 */
public final class ModelSignals {

    /** Name of the signal sent before an INSERT or UPDATE. */
    public static final String PRE_SAVE = "pre_save";
    /** Name of the signal sent after an INSERT or UPDATE. */
    public static final String POST_SAVE = "post_save";
    /** Name of the signal sent before a DELETE. */
    public static final String PRE_DELETE = "pre_delete";
    /** Name of the signal sent after a DELETE. */
    public static final String POST_DELETE = "post_delete";

    private final Signal<PreSave<?>> preSave = new Signal<>(PRE_SAVE);
    private final Signal<PostSave<?>> postSave = new Signal<>(POST_SAVE);
    private final Signal<PreDelete<?>> preDelete = new Signal<>(PRE_DELETE);
    private final Signal<PostDelete<?>> postDelete = new Signal<>(POST_DELETE);

    /** @return {@code pre_save} */
    public Signal<PreSave<?>> preSave() {
        return preSave;
    }

    /** @return {@code post_save} */
    public Signal<PostSave<?>> postSave() {
        return postSave;
    }

    /** @return {@code pre_delete} */
    public Signal<PreDelete<?>> preDelete() {
        return preDelete;
    }

    /** @return {@code post_delete} */
    public Signal<PostDelete<?>> postDelete() {
        return postDelete;
    }
}
