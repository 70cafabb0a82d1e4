import type { Kysely } from 'kysely';
import { supportServiceById } from '../../shared/content/index.js';
import type { ReferralStatus } from '../../shared/referrals/schemas.js';
import type { ReferralView } from '../../shared/referrals/views.js';
import type { Database } from '../db/schema.js';

/** A referral to record: the form's fields, whose, and who records it. */
export interface NewReferral {
  requestId: string;
  programId: string;
  memberId: string;
  serviceId: string;
  serviceName: string | null;
  referredOn: string;
  note: string | null;
  healthRelated: boolean;
  /** Staff confirmed the member's separate consent, given on paper (required when health-related). */
  healthConsentOnPaper: boolean;
  recordedBy: string;
}

export type ReferralOutcome =
  { ok: true; id: string; duplicate: boolean } | { ok: false; code: 'consent_required' | 'invalid_payload' };

export type UpdateOutcome =
  { ok: true; duplicate: boolean } | { ok: false; code: 'referral_not_found' | 'invalid_payload' };

/**
 * Referrals (연계, docs/design/assessments-reports.md §4.4): recorded once per request id; their outcome
 * is appended as updates (the latest is the status). A health-related referral exists only with its
 * recorded consent (a check in the table too), and withdrawing that consent deletes it with its updates.
 */
export class ReferralStore {
  constructor(private readonly db: Kysely<Database>) {}

  async record(input: NewReferral, now = Date.now()): Promise<ReferralOutcome> {
    const known = await this.db
      .selectFrom('referrals')
      .select(['id', 'member_id'])
      .where('request_id', '=', input.requestId)
      .executeTakeFirst();
    // A resend answers as the first call; the same id for another member is no resend.
    if (known)
      return known.member_id === input.memberId
        ? { ok: true, id: known.id, duplicate: true }
        : { ok: false, code: 'invalid_payload' };
    if (input.healthRelated && !input.healthConsentOnPaper) return { ok: false, code: 'consent_required' };
    const id = crypto.randomUUID();
    const inserted = await this.db
      .insertInto('referrals')
      .values({
        id,
        program_id: input.programId,
        member_id: input.memberId,
        service_id: input.serviceId,
        service_name: input.serviceName,
        referred_on: input.referredOn,
        note: input.note,
        health_related: input.healthRelated ? 1 : 0,
        consent_recorded_by: input.healthRelated ? input.recordedBy : null,
        consent_recorded_at: input.healthRelated ? now : null,
        created_by: input.recordedBy,
        created_at: now,
        request_id: input.requestId,
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { ok: true, id, duplicate: false };
    return this.record(input, now);
  }

  /** Appends an outcome to a referral of this program and member; a resent request id stores nothing. */
  async update(
    input: {
      programId: string;
      referralId: string;
      requestId: string;
      status: ReferralStatus;
      on: string;
      note: string | null;
      recordedBy: string;
    },
    now = Date.now(),
  ): Promise<UpdateOutcome> {
    const referral = await this.db
      .selectFrom('referrals')
      .select('id')
      .where('id', '=', input.referralId)
      .where('program_id', '=', input.programId)
      .executeTakeFirst();
    if (!referral) return { ok: false, code: 'referral_not_found' };
    const known = await this.db
      .selectFrom('referral_updates')
      .select('referral_id')
      .where('request_id', '=', input.requestId)
      .executeTakeFirst();
    if (known)
      return known.referral_id === referral.id
        ? { ok: true, duplicate: true }
        : { ok: false, code: 'invalid_payload' };
    await this.db
      .insertInto('referral_updates')
      .values({
        id: crypto.randomUUID(),
        referral_id: referral.id,
        status: input.status,
        on_date: input.on,
        note: input.note,
        recorded_by: input.recordedBy,
        recorded_at: now,
        request_id: input.requestId,
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .execute();
    return { ok: true, duplicate: false };
  }

  /**
   * The member withdrew the separate consent: their health-related referrals and updates are deleted
   * (processing stops and the data is destroyed, as for sensitive barrier answers). Returns how many.
   */
  async withdrawHealthConsent(programId: string, memberId: string): Promise<number> {
    const deleted = await this.db
      .deleteFrom('referrals')
      .where('program_id', '=', programId)
      .where('member_id', '=', memberId)
      .where('health_related', '=', 1)
      .executeTakeFirst();
    return Number(deleted.numDeletedRows);
  }

  async listForProgram(programId: string): Promise<ReferralView[]> {
    const [rows, updates] = await Promise.all([
      this.db
        .selectFrom('referrals as r')
        .leftJoin('facilitators as f', 'f.id', 'r.created_by')
        .selectAll('r')
        .select('f.name as created_by_name')
        .where('r.program_id', '=', programId)
        .orderBy('r.referred_on')
        .orderBy('r.created_at')
        .execute(),
      this.db
        .selectFrom('referral_updates as u')
        .innerJoin('referrals as r', 'r.id', 'u.referral_id')
        .leftJoin('facilitators as f', 'f.id', 'u.recorded_by')
        .select(['u.id', 'u.referral_id', 'u.status', 'u.on_date', 'u.note', 'u.recorded_at', 'f.name'])
        .where('r.program_id', '=', programId)
        .orderBy('u.recorded_at')
        .execute(),
    ]);
    return rows.map((r) => {
      const own = updates
        .filter((u) => u.referral_id === r.id)
        .map((u) => ({
          id: u.id,
          status: u.status,
          on: u.on_date,
          note: u.note,
          recordedByName: u.name ?? null,
        }));
      return {
        id: r.id,
        memberId: r.member_id,
        serviceId: r.service_id,
        serviceName: r.service_name ?? supportServiceById.get(r.service_id)?.name.ko ?? r.service_id,
        healthRelated: Number(r.health_related) === 1,
        referredOn: r.referred_on,
        note: r.note,
        status: own.at(-1)?.status ?? 'pending',
        updates: own,
        createdByName: r.created_by_name ?? null,
      };
    });
  }
}
