import type { Kysely } from 'kysely';

/**
 * When the server ends a program day's session left running (`auto_end_at`, epoch ms): set when the
 * day is started or resumed, null for quick sessions (they end only when their facilitator ends them).
 * The sweep is one conditional UPDATE over this column, so several server processes end a day once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('live_sessions').addColumn('auto_end_at', 'bigint').execute();
  await db.schema
    .createIndex('live_sessions_auto_end')
    .on('live_sessions')
    .columns(['status', 'auto_end_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('live_sessions_auto_end').execute();
  await db.schema.alterTable('live_sessions').dropColumn('auto_end_at').execute();
}
