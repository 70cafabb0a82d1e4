import type { Kysely } from 'kysely';

/**
 * A counseling activity may run in a grouping (the pairs or triads its answers go between):
 * `activities.grouping_id`, null when ungrouped. ADD COLUMN only, as 007 and 008: no table rebuilt.
 * A grouping removed (its program removed) leaves the activity ungrouped rather than taking it along.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('grouping_id', 'text', (c) => c.references('groupings.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('activities').dropColumn('grouping_id').execute();
}
