import { sql, type Kysely, type SqlBool } from 'kysely';

/**
 * Paper participants (docs/design/assessments-reports.md §5): a member without a smartphone (or who
 * prefers paper) is added by the facilitator, with consent given on paper. `channel` says which; a
 * paper member has no PIN (`pin_hash` ''), so recovery answers them like an unknown nickname, until a
 * new PIN makes them a phone member. `added_by` is the facilitator who added them (null for a phone's
 * own registration). Numbered 018: 015–017 are the export log's, the survey's and the testimonials'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('program_members')
    .addColumn('channel', 'text', (c) =>
      c
        .notNull()
        .defaultTo('phone')
        .check(sql<SqlBool>`channel in ('phone', 'paper')`),
    )
    .execute();
  await db.schema
    .alterTable('program_members')
    .addColumn('added_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('program_members').dropColumn('added_by').execute();
  await db.schema.alterTable('program_members').dropColumn('channel').execute();
}
