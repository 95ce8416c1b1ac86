/**
 * The bridge from Hibernate ORM's entity events to {@link io.github.middlewaresignals.signal.model.ModelSignals}.
 * <p>
 * {@link io.github.middlewaresignals.signal.model.hibernate.ModelSignalsIntegrator} appends one
 * listener per event type while the SessionFactory is built. When signals fire:
 * <ul>
 *   <li>{@code pre_save} / {@code pre_delete}: synchronously, right before Hibernate executes the
 *       INSERT, UPDATE or DELETE (inside {@code save()} for IDENTITY inserts, otherwise during the
 *       flush). Receivers run with the session's flush mode set to MANUAL, so they may query
 *       without re-entering the flush; property values they change on the instance are copied
 *       into the state array the statement writes (for a {@code @DynamicUpdate} entity, a change
 *       to a column the UPDATE does not already write goes out in one more UPDATE, with its own
 *       pre_save/post_save). Changes they make to other managed entities
 *       are written by one more flush at the end of the flush. During a flush they must not
 *       save or delete other entities (Hibernate is iterating its queued statements): that gets
 *       a clear error.</li>
 *   <li>{@code post_save} / {@code post_delete}: recorded when the statement has run and sent
 *       once Hibernate has finished executing its statements: at the end of the flush
 *       (explicit, before commit, or before a query), or, for IDENTITY inserts, when the
 *       top-level {@code persist}/{@code merge} that executed them returns. Receivers may then
 *       write through repositories; what they wrote is flushed at once (when delivering after a
 *       flush) and its own signals are sent the same way, round after round, until nothing is
 *       left. More rounds than the configured nesting depth fail with
 *       {@link io.github.middlewaresignals.signal.model.ModelSignalNestingException}.</li>
 * </ul>
 * Bulk statements (JPQL/Criteria/native) and StatelessSession writes send nothing. When no
 * receiver listens for an entity class, the listeners return after one lookup.
 */
package io.github.middlewaresignals.signal.model.hibernate;
