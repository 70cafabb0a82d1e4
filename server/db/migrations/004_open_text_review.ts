import { sql, type Kysely } from 'kysely';

/**
 * "Review before showing" for open text: with `activities.review_entries` on, an entry reaches the
 * projector (and the phones once results are revealed) only after the facilitator approved it
 * (`answers.approved`). Approval belongs to one version of an entry: an edit clears it, so an
 * approved entry cannot be changed into something nobody reviewed.
 *
 * Entries already stored are marked approved: they were on the screen before review existed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('review_entries', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('answers')
    .addColumn('approved', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update answers set approved = 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('answers').dropColumn('approved').execute();
  await db.schema.alterTable('activities').dropColumn('review_entries').execute();
}
