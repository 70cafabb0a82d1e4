import type { Kysely } from 'kysely';

/**
 * Read-only report links (design §9): a token that opens one member's take-home report and nothing
 * else, for another device or for printing elsewhere. Only its sha256 is stored (like member tokens);
 * it expires (30 days) and can be revoked. It goes with its member and program.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('program_members.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('report_tokens_member').on('report_tokens').column('member_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_tokens').execute();
}
