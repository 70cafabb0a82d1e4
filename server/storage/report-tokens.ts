import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How long a read-only report link opens the report (design §9). */
export const REPORT_LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReportLinkTarget {
  memberId: string;
  programId: string;
  expiresAt: number;
}

/**
 * Read-only report links: the token opens one member's report and nothing else. Only its hash is
 * stored; the plain token exists once, in the answer to whoever asked for the link.
 */
export class ReportTokenStore {
  constructor(private readonly db: Kysely<Database>) {}

  async issue(
    tokenHash: string,
    memberId: string,
    programId: string,
    now = Date.now(),
  ): Promise<ReportLinkTarget> {
    const expiresAt = now + REPORT_LINK_DAYS * DAY_MS;
    await this.db
      .insertInto('report_tokens')
      .values({
        token_hash: tokenHash,
        member_id: memberId,
        program_id: programId,
        created_at: now,
        expires_at: expiresAt,
        revoked_at: null,
      })
      .execute();
    return { memberId, programId, expiresAt };
  }

  /** The member a link opens: null when unknown, expired or revoked (all answered alike). */
  async find(tokenHash: string, now = Date.now()): Promise<ReportLinkTarget | null> {
    const row = await this.db
      .selectFrom('report_tokens')
      .select(['member_id', 'program_id', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row
      ? { memberId: row.member_id, programId: row.program_id, expiresAt: Number(row.expires_at) }
      : null;
  }

  /** Revokes every link of a member (their report stays reachable with the member token). */
  async revokeAll(memberId: string, now = Date.now()): Promise<number> {
    const result = await this.db
      .updateTable('report_tokens')
      .set({ revoked_at: now })
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
