/**
 * The bridge from Hibernate ORM's events to {@link io.github.middlewaresignals.signal.model.ModelSignals}.
 * <p>
 * {@link io.github.middlewaresignals.signal.model.hibernate.ModelSignalsIntegrator} registers thin
 * listeners while the SessionFactory is built: one for the events around each statement
 * ({@code EntityWriteListener}), one for the start of a flush and one for its end, one for the
 * start of a persist and one for the end of Hibernate's persist, merge and delete operations, one
 * for the writes of collections ({@code CollectionWriteListener}) and one for loads
 * ({@code LoadListener}). Each hands its event to one typed entry point of a dispatcher
 * ({@code ModelSignalDispatcher} for saves and deletes, {@code CollectionSignalDispatcher} for
 * {@code m2m_changed}, {@code LoadSignalDispatcher} for {@code pre_init}/{@code post_init}), which
 * decides what to send; {@code SessionSignals} decides when. When signals fire:
 * <ul>
 *   <li>{@code pre_save}: synchronously, right before Hibernate executes the INSERT or UPDATE
 *       (inside {@code save()} for IDENTITY inserts, otherwise during the flush). Property values
 *       its receivers change on the instance are copied into the state array the statement writes
 *       (for a {@code @DynamicUpdate} entity, a change to a column the UPDATE does not already
 *       write goes out in one more UPDATE, with its own pre_save/post_save). Changes they make to
 *       other managed entities are written by one more flush at the end of the flush. During a
 *       flush they must not save or delete other entities (Hibernate is iterating its queued
 *       statements): that gets a clear error.</li>
 *   <li>{@code pre_delete}: for every delete of a flush before its first statement, in the order
 *       Hibernate deletes. Deletes scheduled before the flush get it when the flush begins, where
 *       receivers may query, save and delete as outside a flush; orphans, which the flush finds
 *       itself, get it once they are found, where receivers may query and delete but not save.</li>
 *   <li>{@code post_save} / {@code post_delete}: recorded when the statement has run and sent
 *       once Hibernate has finished executing its statements: at the end of the flush
 *       (explicit, before commit, or before a query), or, for IDENTITY inserts, when the
 *       top-level {@code persist}/{@code merge} that executed them returns. Receivers may then
 *       write through repositories; what they wrote is flushed at once (when delivering after a
 *       flush) and its own signals are sent the same way, round after round, until nothing is
 *       left. More rounds than the configured nesting depth fail with
 *       {@link io.github.middlewaresignals.signal.model.ModelSignalNestingException}. What was
 *       recorded before a write failed (Hibernate then marks the transaction rollback-only) is
 *       dropped, never sent.</li>
 *   <li>{@code m2m_changed}: its {@code PRE_*} actions right before Hibernate writes a join table,
 *       under the same rules as a {@code pre_save} during a flush; its {@code POST_*} actions
 *       recorded once the collection is written and sent like {@code post_save}.</li>
 *   <li>{@code pre_init} / {@code post_init}: at once, while Hibernate loads, with the session's
 *       flush mode set to MANUAL.</li>
 * </ul>
 * {@code hasChanged}/{@code previous} of the save payloads read the state arrays of the events
 * when a receiver asks ({@code LoadedStateChanges}).
 * Bulk statements (JPQL/Criteria/native) and StatelessSession writes send nothing. When no
 * receiver listens for an entity class, the listeners return after one lookup.
 */
package io.github.middlewaresignals.signal.model.hibernate;
