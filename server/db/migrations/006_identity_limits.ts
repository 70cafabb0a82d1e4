import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/** The phone's registration id as stored: sha256, base64url (the same digest as a token's hash). */
function digest(registrationId: string): string {
  return createHash('sha256').update(registrationId).digest('base64url');
}

/**
 * Limits that survive a restart and hold across server processes (`rate_limits`: one row per
 * limiter key, its points and when its window ends), and a phone's registration id kept only as a
 * hash and bound to its member (`returned_at`: the first time the member came back with a token).
 * The Migrator runs it in one transaction on both databases (see `openDatabase`): a crash halfway
 * leaves no column renamed and no id half-hashed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('points', 'integer', (c) => c.notNull())
    // Epoch ms when the window ends; null never ends (a limiter with duration 0).
    .addColumn('expire_at', 'bigint')
    .execute();
  await db.schema.createIndex('rate_limits_expire').on('rate_limits').column('expire_at').execute();

  await db.schema
    .alterTable('program_members')
    .renameColumn('registration_id', 'registration_hash')
    .execute();
  await db.schema.alterTable('program_members').addColumn('returned_at', 'bigint').execute();
  const rows = await sql<{ id: string; registration_hash: string }>`
    select id, registration_hash from program_members where registration_hash is not null
  `.execute(db);
  for (const row of rows.rows) {
    await sql`update program_members set registration_hash = ${digest(row.registration_hash)} where id = ${row.id}`.execute(
      db,
    );
  }
  // Members registered before this migration already had their chance to resend: treat them as back.
  await sql`update program_members set returned_at = created_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The plain ids cannot be recovered from their hashes: resending an old registration finds nothing.
  await sql`update program_members set registration_hash = null`.execute(db);
  await db.schema.alterTable('program_members').dropColumn('returned_at').execute();
  await db.schema
    .alterTable('program_members')
    .renameColumn('registration_hash', 'registration_id')
    .execute();
  await db.schema.dropTable('rate_limits').execute();
}
