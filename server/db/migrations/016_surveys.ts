import { sql, SqliteAdapter, type CreateTableBuilder, type Kysely, type SqlBool } from 'kysely';

/**
 * The anonymous satisfaction survey (docs/design/assessments-reports.md §3.1): who completed it is
 * stored apart from what was answered, and nothing in a released response points back to a member.
 * - `survey_completions`: the member and the wave, nothing of the answers (resuming, the console's count).
 * - `survey_responses`: no member, no time; `batch` null while pending, k once released. A release
 *   inserts the rows again with new random ids, so neither the id, the insertion order nor (on
 *   PostgreSQL) the writing transaction ties a response to its completion.
 * - `survey_answers`: one per item (a rating or a text).
 * On SQLite both response tables are WITHOUT ROWID: rows are kept in the order of their random key,
 * not of insertion. Numbered 016: 015 is the export log's (built at the same time).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const withoutRowid = <T extends string, C extends string>(b: CreateTableBuilder<T, C>) =>
    sqlite ? b.modifyEnd(sql`without rowid`) : b;

  await db.schema
    .createTable('survey_completions')
    .addColumn('wave_id', 'text', (c) => c.notNull().references('assessment_waves.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql<SqlBool>`channel in ('phone', 'paper')`))
    .addColumn('completed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_completions_pk', ['wave_id', 'member_id'])
    .execute();
  await db.schema
    .createIndex('survey_completions_member')
    .on('survey_completions')
    .column('member_id')
    .execute();

  await withoutRowid(
    db.schema
      .createTable('survey_responses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('wave_id', 'text', (c) => c.notNull().references('assessment_waves.id').onDelete('cascade'))
      .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
      .addColumn('instrument_id', 'text', (c) => c.notNull())
      .addColumn('instrument_version', 'integer', (c) => c.notNull())
      .addColumn('score', 'double precision')
      .addColumn('source', 'text', (c) => c.notNull().check(sql<SqlBool>`source in ('phone', 'paper')`))
      .addColumn('batch', 'integer', (c) => c.check(sql<SqlBool>`batch is null or batch >= 1`))
      // A paper form's id from the staff browser (a resend stores nothing new); null for a phone's.
      .addColumn('request_id', 'text', (c) => c.unique()),
  ).execute();
  await db.schema
    .createIndex('survey_responses_wave')
    .on('survey_responses')
    .columns(['wave_id', 'batch'])
    .execute();
  await db.schema
    .createIndex('survey_responses_program')
    .on('survey_responses')
    .column('program_id')
    .execute();

  await withoutRowid(
    db.schema
      .createTable('survey_answers')
      .addColumn('response_id', 'text', (c) =>
        c.notNull().references('survey_responses.id').onDelete('cascade'),
      )
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('rating', 'integer')
      .addColumn('text', 'text')
      .addPrimaryKeyConstraint('survey_answers_pk', ['response_id', 'item_key'])
      .addCheckConstraint('survey_answers_one_value', sql`rating is null or text is null`),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('survey_answers').execute();
  await db.schema.dropTable('survey_responses').execute();
  await db.schema.dropTable('survey_completions').execute();
}
