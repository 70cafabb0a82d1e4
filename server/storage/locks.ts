import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type LockedTable = 'live_sessions' | 'centers' | 'programs' | 'program_members' | 'assessment_waves';

/**
 * Holds one row for the rest of the transaction, so decisions read after it (one open activity,
 * the last admin, one running day, a merge) are made one at a time. A no-op update takes the row
 * lock on PostgreSQL and on SQLite, where `select … for update` does not exist; SQLite has one
 * writer anyway.
 */
export async function lockRow(trx: Transaction<Database>, table: LockedTable, id: string): Promise<void> {
  await sql`update ${sql.table(table)} set id = id where id = ${id}`.execute(trx);
}
