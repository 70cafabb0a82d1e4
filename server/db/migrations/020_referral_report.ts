import type { Kysely } from 'kysely';

/**
 * A take-home report handed over with a referral (docs/design/assessments-reports.md §3.5, §4.4): the
 * referral names the read-only report link made for it (its token hash; the plain token is never
 * stored), so the list can show it and staff can revoke it. The link's row going takes the name away.
 * Numbered 020: 019 is the referrals'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('referrals')
    .addColumn('report_token_hash', 'text', (c) =>
      c.references('report_tokens.token_hash').onDelete('set null'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('referrals').dropColumn('report_token_hash').execute();
}
