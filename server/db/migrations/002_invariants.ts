import { sql, type Kysely } from 'kysely';

/**
 * Invariants the database itself keeps, whatever the application code does:
 * - at most one open activity per session;
 * - the first-run setup happens once (a second "first" facilitator is refused by a primary key).
 * And `answers.entry_id`: a stable id for one participant's entry in one activity (its first answer
 * id), so the facilitator's list can track an anonymous entry without learning whose it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('activities_one_open')
    .on('activities')
    .column('session_id')
    .unique()
    .where(sql.ref('status'), '=', sql.lit('open'))
    .execute();

  await db.schema.alterTable('answers').addColumn('entry_id', 'text').execute();
  await sql`update answers set entry_id = answer_id`.execute(db);

  await db.schema
    .createTable('app_milestones')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('reached_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_milestones').execute();
  await db.schema.alterTable('answers').dropColumn('entry_id').execute();
  await db.schema.dropIndex('activities_one_open').execute();
}
