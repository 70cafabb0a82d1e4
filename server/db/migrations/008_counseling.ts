import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/**
 * The counseling engine's tables (docs/design/counseling-engine.md §3, §4, §6). Everything here is keyed
 * by the program member, not the day's participant row: counseling work spans days. Every row that
 * belongs to a member goes with them (ON DELETE CASCADE); a merge moves the rows first
 * (server/storage/merge-counseling.ts), so only a removed program erases them.
 *
 * New tables and two ADD COLUMNs only: no existing table is rebuilt (on SQLite a rebuild of a table
 * others reference cascades into them inside the migration's transaction). Nothing here reads the
 * columns migration 007 adds to `activities`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One current answer per giver, subject, round and item: a pair meeting twice (another round) or a
  // person moved between groups (another subject) never overwrites feedback.
  await db.schema
    .createTable('member_answers')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    // '' or the subject member's id; not a foreign key, because '' is no member (a merge rewrites it).
    .addColumn('subject_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('item_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answer_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('note_state', 'text', (c) =>
      c.check(sql<SqlBool>`note_state is null or ${sqlIn('note_state', ['held', 'shown'])}`),
    )
    .addColumn('signed', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('member_answers_pk', [
      'activity_id',
      'member_id',
      'subject_key',
      'round',
      'item_key',
    ])
    .execute();
  await db.schema
    .createIndex('member_answers_subject')
    .on('member_answers')
    .columns(['activity_id', 'subject_key', 'round'])
    .execute();
  await db.schema.createIndex('member_answers_member').on('member_answers').column('member_id').execute();

  // Every member answer id ever accepted, so a resend stores nothing new (kept when an answer is deleted).
  await db.schema
    .createTable('member_answer_receipts')
    .addColumn('answer_id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('member_answer_receipts_member')
    .on('member_answer_receipts')
    .column('member_id')
    .execute();

  // A grouping is a program object: it outlives the activity it was made for and the day.
  await db.schema
    .createTable('groupings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['pairs', 'triads', 'tables'])))
    .addColumn('size', 'integer', (c) => c.notNull().check(sql<SqlBool>`size >= 2`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('made_for_activity_id', 'text', (c) => c.references('activities.id').onDelete('set null'))
    .addColumn('shown_on_screen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // Bumped by every change under the row's lock, so a stale edit can be told apart.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('groupings_program').on('groupings').column('program_id').execute();

  // group_no 0 = left out (absent today, no phone); groups are numbered from 1.
  await db.schema
    .createTable('grouping_members')
    .addColumn('grouping_id', 'text', (c) => c.notNull().references('groupings.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('group_no', 'integer', (c) => c.notNull().check(sql<SqlBool>`group_no >= 0`))
    .addColumn('seat', 'integer', (c) => c.notNull().check(sql<SqlBool>`seat >= 0`))
    .addPrimaryKeyConstraint('grouping_members_pk', ['grouping_id', 'member_id'])
    .execute();
  await db.schema.createIndex('grouping_members_member').on('grouping_members').column('member_id').execute();
  // One person per seat of a group (left-out members all sit at seat 0 of group 0).
  await db.schema
    .createIndex('grouping_members_seat')
    .on('grouping_members')
    .columns(['grouping_id', 'group_no', 'seat'])
    .unique()
    .where(sql.ref('group_no'), '>', 0)
    .execute();

  // Rounds are per group: groups of different sizes run different numbers of rounds, each its own timer.
  await db.schema
    .createTable('group_rounds')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('group_no', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('paused_at', 'bigint')
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .addPrimaryKeyConstraint('group_rounds_pk', ['activity_id', 'group_no', 'round'])
    .execute();

  // Roles are stored at round start: a later move, late joiner or merge never rewrites who was candidate.
  await db.schema
    .createTable('round_roles')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('group_no', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('round_roles_pk', ['activity_id', 'group_no', 'round', 'member_id'])
    .execute();
  await db.schema.createIndex('round_roles_member').on('round_roles').column('member_id').execute();

  // An activity's stored phase and state (e.g. each group's drawn question): nothing only in memory.
  await db.schema
    .createTable('activity_state')
    .addColumn('activity_id', 'text', (c) => c.primaryKey().references('activities.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .execute();

  // The giver is a facilitator, not a member: its own table (an action plan's comments).
  await db.schema
    .createTable('facilitator_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('facilitators.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('facilitator_comments_member')
    .on('facilitator_comments')
    .columns(['member_id', 'activity_id'])
    .execute();

  // One consent table for every purpose; a withdrawn record stays as history.
  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('given_at', 'bigint', (c) => c.notNull())
    .addColumn('withdrawn_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('consents_current')
    .on('consents')
    .columns(['member_id', 'purpose'])
    .unique()
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute();

  await db.schema
    .alterTable('centers')
    .addColumn('small_count_threshold', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(3)
        .check(sql<SqlBool>`small_count_threshold >= 1`),
    )
    .execute();
  // Epoch ms; null while the program runs (set when it ends: last day + the notice's retention).
  await db.schema.alterTable('programs').addColumn('retain_until', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('programs').dropColumn('retain_until').execute();
  await db.schema.alterTable('centers').dropColumn('small_count_threshold').execute();
  for (const table of [
    'consents',
    'facilitator_comments',
    'activity_state',
    'round_roles',
    'group_rounds',
    'grouping_members',
    'groupings',
    'member_answer_receipts',
    'member_answers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

function sqlIn(column: string, values: string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
