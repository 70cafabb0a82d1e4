import type { Kysely } from 'kysely';
import { supportServiceById } from '../../shared/content/index.js';
import type { ReferralStatus } from '../../shared/referrals/schemas.js';
import type { ReferralView } from '../../shared/referrals/views.js';
import {
  REPORT_SHARE,
  REPORT_SHARE_LINK_DAYS,
  REPORT_SHARE_NOTICE_VERSION,
} from '../../shared/program/report-share-notice.js';
import type { Database } from '../db/schema.js';
import type { ConsentStore } from './consents.js';

const DAY_MS = 24 * 60 * 60 * 1000;

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
  /**
   * The take-home report is handed over with it (design §3.5): the hash of a new read-only link's token,
   * made only when the referral is new; staff confirmed the member's `report-share` consent on paper.
   */
  shareReport?: { tokenHash: string; consentOnPaper: boolean } | null;
  recordedBy: string;
}

export type ReferralOutcome =
  | { ok: true; id: string; duplicate: boolean; reportLink: { expiresAt: number } | null }
  | { ok: false; code: 'consent_required' | 'invalid_payload' };

export type UpdateOutcome =
  { ok: true; duplicate: boolean } | { ok: false; code: 'referral_not_found' | 'invalid_payload' };

/**
 * Referrals (연계, docs/design/assessments-reports.md §4.4): recorded once per request id; their outcome
 * is appended as updates (the latest is the status). A health-related referral exists only with its
 * recorded consent (a check in the table too), and withdrawing that consent deletes it with its updates.
 */
export class ReferralStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly consents: ConsentStore,
  ) {}

  async record(input: NewReferral, now = Date.now()): Promise<ReferralOutcome> {
    const known = await this.db
      .selectFrom('referrals')
      .select(['id', 'member_id'])
      .where('request_id', '=', input.requestId)
      .executeTakeFirst();
    // A resend answers as the first call; the same id for another member is no resend.
    if (known)
      return known.member_id === input.memberId
        ? { ok: true, id: known.id, duplicate: true, reportLink: null }
        : { ok: false, code: 'invalid_payload' };
    if (input.healthRelated && !input.healthConsentOnPaper) return { ok: false, code: 'consent_required' };
    if (input.shareReport && !input.shareReport.consentOnPaper)
      return { ok: false, code: 'consent_required' };
    const id = crypto.randomUUID();
    // The referral, its report link and the paper consent are stored together or not at all.
    const outcome = await this.db.transaction().execute(async (trx) => {
      const inserted = await trx
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
      if (!inserted) return null;
      if (!input.shareReport) return { ok: true as const, id, duplicate: false, reportLink: null };
      await this.consents.give(input.memberId, REPORT_SHARE, REPORT_SHARE_NOTICE_VERSION, now, {
        trx,
        by: { channel: 'paper', recordedBy: input.recordedBy },
      });
      const expiresAt = now + REPORT_SHARE_LINK_DAYS * DAY_MS;
      await trx
        .insertInto('report_tokens')
        .values({
          token_hash: input.shareReport.tokenHash,
          member_id: input.memberId,
          program_id: input.programId,
          created_at: now,
          expires_at: expiresAt,
          revoked_at: null,
        })
        .execute();
      await trx
        .updateTable('referrals')
        .set({ report_token_hash: input.shareReport.tokenHash })
        .where('id', '=', id)
        .execute();
      return { ok: true as const, id, duplicate: false, reportLink: { expiresAt } };
    });
    return outcome ?? this.record(input, now);
  }

  /** Revokes the report link handed over with a referral of this program; null when no such referral. */
  async revokeReport(programId: string, referralId: string, now = Date.now()): Promise<number | null> {
    const referral = await this.db
      .selectFrom('referrals')
      .select('report_token_hash')
      .where('id', '=', referralId)
      .where('program_id', '=', programId)
      .executeTakeFirst();
    if (!referral) return null;
    if (referral.report_token_hash === null) return 0;
    const result = await this.db
      .updateTable('report_tokens')
      .set({ revoked_at: now })
      .where('token_hash', '=', referral.report_token_hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * The member withdrew the `report-share` consent (told staff): the consent is withdrawn and every
   * report link handed over with their referrals closes at once, in one transaction. Returns how many.
   */
  async withdrawReportConsent(programId: string, memberId: string, now = Date.now()): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.consents.withdraw(memberId, REPORT_SHARE, trx, now);
      const result = await trx
        .updateTable('report_tokens')
        .set({ revoked_at: now })
        .where('member_id', '=', memberId)
        .where('revoked_at', 'is', null)
        .where('token_hash', 'in', (qb) =>
          qb
            .selectFrom('referrals')
            .select('report_token_hash')
            .where('program_id', '=', programId)
            .where('member_id', '=', memberId)
            .where('report_token_hash', 'is not', null),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    });
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
        .leftJoin('report_tokens as t', 't.token_hash', 'r.report_token_hash')
        .selectAll('r')
        .select([
          'f.name as created_by_name',
          't.expires_at as report_expires_at',
          't.revoked_at as report_revoked_at',
        ])
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
        reportLink:
          r.report_expires_at === null || r.report_expires_at === undefined
            ? null
            : {
                expiresAt: Number(r.report_expires_at),
                revoked: r.report_revoked_at !== null && r.report_revoked_at !== undefined,
              },
      };
    });
  }
}
