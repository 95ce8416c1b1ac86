package io.github.middlewaresignals.signal.model;

import java.util.List;

import io.github.middlewaresignals.signal.Signal;

/**
 * The model signals of one application, Django's {@code django.db.models.signals}.
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
    /** Name of the signal sent around the writes to a {@code @ManyToMany} join table. */
    public static final String M2M_CHANGED = "m2m_changed";
    /** Name of the signal sent before Hibernate builds an entity it loads. */
    public static final String PRE_INIT = "pre_init";
    /** Name of the signal sent after Hibernate loaded an entity. */
    public static final String POST_INIT = "post_init";

    private final Signal<PreSave<?>> preSave = new Signal<>(PRE_SAVE);
    private final Signal<PostSave<?>> postSave = new Signal<>(POST_SAVE);
    private final Signal<PreDelete<?>> preDelete = new Signal<>(PRE_DELETE);
    private final Signal<PostDelete<?>> postDelete = new Signal<>(POST_DELETE);
    private final Signal<M2MChanged<?>> m2mChanged = new Signal<>(M2M_CHANGED);
    private final Signal<PreInit<?>> preInit = new Signal<>(PRE_INIT);
    private final Signal<PostInit<?>> postInit = new Signal<>(POST_INIT);

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

    /** @return {@code m2m_changed} */
    public Signal<M2MChanged<?>> m2mChanged() {
        return m2mChanged;
    }

    /** @return {@code pre_init} */
    public Signal<PreInit<?>> preInit() {
        return preInit;
    }

    /** @return {@code post_init} */
    public Signal<PostInit<?>> postInit() {
        return postInit;
    }

    /** @return every model signal: {@code pre_save}, {@code post_save}, {@code pre_delete}, {@code post_delete}, {@code m2m_changed}, {@code pre_init}, {@code post_init} */
    public List<Signal<?>> all() {
        return List.of(preSave, postSave, preDelete, postDelete, m2mChanged, preInit, postInit);
    }
}
