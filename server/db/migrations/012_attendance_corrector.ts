import type { Kysely } from 'kysely';

/**
 * Who corrected a day's attendance (`attendance.corrected_by`), so the roster shows a correction's note
 * with its author. ADD COLUMN only, as 007–009: no table rebuilt. Null for corrections made before it
 * and for days never corrected; a facilitator removed leaves the correction standing without a name.
 *
 * Last seen needs no column: a member's participant row of a day (one per member per day's session)
 * already carries `last_seen_at`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('attendance')
    .addColumn('corrected_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attendance').dropColumn('corrected_by').execute();
}
