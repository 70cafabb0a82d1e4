import type { Kysely, Selectable } from 'kysely';
import type { ConsentsTable, Database } from '../db/schema.js';
import type { StoreTransaction } from './member-answers.js';

/** `'sensitive-barriers'` and `'testimonial-quote'`; later purposes (sharing a report) reuse the table. */
export interface StoredConsent {
  id: string;
  memberId: string;
  purpose: string;
  noticeVersion: string;
  givenAt: number;
  withdrawnAt: number | null;
  /** On the phone, or on paper recorded by staff (`recordedBy`). */
  channel: 'phone' | 'paper';
  recordedBy: string | null;
}

/** A consent given on paper, recorded by a staff member; the default is the member's phone. */
export interface ConsentChannel {
  channel: 'phone' | 'paper';
  recordedBy: string | null;
}

function toConsent(row: Selectable<ConsentsTable>): StoredConsent {
  return {
    id: row.id,
    memberId: row.member_id,
    purpose: row.purpose,
    noticeVersion: row.notice_version,
    givenAt: Number(row.given_at),
    withdrawnAt: row.withdrawn_at === null ? null : Number(row.withdrawn_at),
    channel: row.channel,
    recordedBy: row.recorded_by,
  };
}

/**
 * Consent records per member (docs/design/counseling-engine.md §6): valid on every phone of the member
 * until withdrawn. The partial unique index keeps at most one current record per member and purpose,
 * whatever two phones do at once; withdrawn records stay as the history of what was agreed when.
 */
export class ConsentStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records the consent unless one to the same notice version is current (then that one is returned).
   * A current consent to an older notice is withdrawn and replaced, in one transaction (the caller's,
   * when given: a testimonial is saved with its quote consent at once). Paper: `by` names the staff.
   */
  async give(
    memberId: string,
    purpose: string,
    noticeVersion: string,
    now = Date.now(),
    options: { trx?: StoreTransaction; by?: ConsentChannel } = {},
  ): Promise<StoredConsent> {
    const work = async (trx: StoreTransaction) => {
      const current = await this.current(memberId, purpose, trx);
      if (current?.noticeVersion === noticeVersion) return current;
      if (current) {
        await trx.updateTable('consents').set({ withdrawn_at: now }).where('id', '=', current.id).execute();
      }
      await trx
        .insertInto('consents')
        .values({
          id: crypto.randomUUID(),
          member_id: memberId,
          purpose,
          notice_version: noticeVersion,
          given_at: now,
          withdrawn_at: null,
          channel: options.by?.channel ?? 'phone',
          recorded_by: options.by?.recordedBy ?? null,
        })
        // Another phone of the member gave it at the same moment: theirs is the current one.
        .onConflict((oc) =>
          oc.columns(['member_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing(),
        )
        .execute();
      return (await this.current(memberId, purpose, trx))!;
    };
    return options.trx ? work(options.trx) : this.db.transaction().execute(work);
  }

  /**
   * Withdraws the current consent; null when there was none. Pass the caller's transaction to delete
   * the member's sensitive answers in the same one (processing stops and the data is destroyed).
   */
  async withdraw(
    memberId: string,
    purpose: string,
    trx?: StoreTransaction,
    now = Date.now(),
  ): Promise<StoredConsent | null> {
    const row = await (trx ?? this.db)
      .updateTable('consents')
      .set({ withdrawn_at: now })
      .where('member_id', '=', memberId)
      .where('purpose', '=', purpose)
      .where('withdrawn_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    return row ? toConsent(row) : null;
  }

  /** The member's current consent for a purpose (read inside the answer transaction to refuse sensitive items). */
  async current(memberId: string, purpose: string, trx?: StoreTransaction): Promise<StoredConsent | null> {
    const row = await (trx ?? this.db)
      .selectFrom('consents')
      .selectAll()
      .where('member_id', '=', memberId)
      .where('purpose', '=', purpose)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return row ? toConsent(row) : null;
  }

  /** Every record of the member, current and withdrawn, oldest first. */
  async listForMember(memberId: string): Promise<StoredConsent[]> {
    const rows = await this.db
      .selectFrom('consents')
      .selectAll()
      .where('member_id', '=', memberId)
      .orderBy('given_at')
      .orderBy('id')
      .execute();
    return rows.map(toConsent);
  }
}
