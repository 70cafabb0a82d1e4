import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/**
 * Follow-up outcomes (사후관리, docs/design/assessments-reports.md §4.1, §4.2): what staff learn about a
 * member at completion and at the center's follow-up points. The store only inserts: a correction is a
 * new row naming the one it supersedes, and the wrong one stays as history.
 *
 * The database holds the rules a form or a script could get wrong:
 * - employed ⇔ the date and 본인/알선 (placement) are known; company, occupation and employment type may
 *   stay unknown ("취업했대요") but exist only for an employed row; a course name only for training;
 * - a checkpoint is 0 (at completion) to 24 months;
 * - a row is superseded at most once (partial unique index), never by itself, and only by a row of the
 *   same member: the composite foreign key (supersedes_id, member_id) → (id, member_id). A merge moves
 *   all of a member's rows in one statement, so the pair still matches when the statement ends;
 * - a resent request id stores nothing new (unique).
 * Rows go with their program and member (cascade), so a program's deletion and the later purge reach them.
 *
 * Numbered 014: 012 is the roster's and 013 the assessment waves' (built at the same time); ADD COLUMN
 * and a new table only, no table rebuilt.
 */
const STATUSES = ['employed', 'training', 'seeking', 'unreachable', 'declined'];
const EMPLOYMENT_TYPES = ['regular', 'fixed-term', 'part-time', 'daily', 'self-employed', 'other'];
const PLACEMENTS = ['self', 'placed'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // JSON text: whole months after the last day, validated by PATCH /api/center (1..4, ascending).
  await db.schema
    .alterTable('centers')
    .addColumn('follow_up_months', 'text', (c) => c.notNull().defaultTo('[1,3,6]'))
    .execute();

  await db.schema
    .createTable('follow_up_outcomes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('checkpoint_months', 'integer', (c) =>
      c.notNull().check(sql<SqlBool>`checkpoint_months between 0 and 24`),
    )
    // 'YYYY-MM-DD' dates, compared as text; LIKE reads the same on both databases.
    .addColumn('as_of', 'text', (c) => c.notNull().check(sql<SqlBool>`as_of like '____-__-__'`))
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', STATUSES)))
    .addColumn('employed_on', 'text', (c) =>
      c.check(sql<SqlBool>`employed_on is null or employed_on like '____-__-__'`),
    )
    .addColumn('company', 'text')
    .addColumn('occupation', 'text')
    .addColumn('employment_type', 'text', (c) =>
      c.check(sql<SqlBool>`employment_type is null or ${sqlIn('employment_type', EMPLOYMENT_TYPES)}`),
    )
    .addColumn('placement', 'text', (c) =>
      c.check(sql<SqlBool>`placement is null or ${sqlIn('placement', PLACEMENTS)}`),
    )
    .addColumn('training_name', 'text')
    .addColumn('note', 'text')
    .addColumn('supersedes_id', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('facilitators.id').onDelete('set null'))
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull().unique())
    .addCheckConstraint(
      'follow_up_outcomes_employed',
      sql`(status = 'employed' and employed_on is not null and placement is not null)
        or (status <> 'employed' and employed_on is null and placement is null and company is null
            and occupation is null and employment_type is null)`,
    )
    .addCheckConstraint('follow_up_outcomes_training', sql`training_name is null or status = 'training'`)
    .addCheckConstraint('follow_up_outcomes_not_itself', sql`supersedes_id is null or supersedes_id <> id`)
    // The target of the composite key below (id alone is already unique; the pair must be declared).
    .addUniqueConstraint('follow_up_outcomes_id_member', ['id', 'member_id'])
    .addForeignKeyConstraint(
      'follow_up_outcomes_supersedes',
      ['supersedes_id', 'member_id'],
      'follow_up_outcomes',
      ['id', 'member_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('follow_up_outcomes_member')
    .on('follow_up_outcomes')
    .columns(['program_id', 'member_id', 'checkpoint_months'])
    .execute();
  // A merge and a member's deletion look rows up by member alone.
  await db.schema
    .createIndex('follow_up_outcomes_member_id')
    .on('follow_up_outcomes')
    .column('member_id')
    .execute();
  await db.schema
    .createIndex('follow_up_outcomes_supersedes_once')
    .on('follow_up_outcomes')
    .column('supersedes_id')
    .unique()
    .where(sql.ref('supersedes_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('follow_up_outcomes').execute();
  await db.schema.alterTable('centers').dropColumn('follow_up_months').execute();
}

function sqlIn(column: string, values: string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
