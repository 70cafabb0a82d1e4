import { Router } from 'express';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import {
  isHealthRelated,
  OTHER_SERVICE,
  referralBodySchema,
  referralUpdateBodySchema,
} from '../../shared/referrals/schemas.js';
import type { ReferralRecorded, ReferralsView } from '../../shared/referrals/views.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import { memberOf, param, programFor, requireUser } from './program-access.js';
import { parseBody } from './respond.js';

/**
 * Referrals (연계) of a program's members, mounted under /api/programs and authorized by the program
 * like its outcomes: another center's program, or a member of another program, answer like ids that do
 * not exist. Recorded whatever the program's state: referrals follow the group into one-to-one work.
 */
export function referralRoutes(storage: Storage, now: () => number = Date.now): Router {
  const router = Router();
  const view = async (programId: string): Promise<ReferralsView> => ({
    referrals: await storage.referrals.listForProgram(programId),
  });
  // A referral happened on a day that has come: a date ahead is a typing slip.
  const notAhead = (date: string) => {
    if (date > todayIn(CENTER_TIME_ZONE, new Date(now()))) throw new AppError('invalid_payload', 400);
  };

  router.get('/:programId/referrals', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json(await view(program.id));
  });

  router.post('/:programId/members/:memberId/referrals', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(referralBodySchema, req);
    notAhead(body.referredOn);
    // A new read-only report link, kept only as its hash; its token is answered once, below.
    const token = body.shareReport ? newToken() : null;
    if (token) await refuseAfterRetention(storage, program.id, now());
    const outcome = await storage.referrals.record(
      {
        requestId: body.requestId,
        programId: program.id,
        memberId: member.id,
        serviceId: body.serviceId,
        serviceName: body.serviceId === OTHER_SERVICE ? (body.serviceName ?? null) : null,
        referredOn: body.referredOn,
        note: body.note || null,
        healthRelated: isHealthRelated(body.serviceId),
        healthConsentOnPaper: body.healthConsentOnPaper,
        shareReport: token
          ? { tokenHash: hashToken(token), consentOnPaper: body.reportConsentOnPaper }
          : null,
        recordedBy: user.id,
      },
      now(),
    );
    if (!outcome.ok) throw new AppError(outcome.code, 400);
    res.status(201).json({
      referralId: outcome.id,
      duplicate: outcome.duplicate,
      // A resend made no link: the first answer was the only one to carry it.
      reportLink: token && outcome.reportLink ? { token, expiresAt: outcome.reportLink.expiresAt } : null,
      ...(await view(program.id)),
    } satisfies ReferralRecorded);
  });

  // Staff close the report link handed over with a referral (the member asked, or it went astray).
  router.post('/:programId/referrals/:referralId/revoke-report', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const revoked = await storage.referrals.revokeReport(program.id, param(req, 'referralId'), now());
    if (revoked === null) throw new AppError('referral_not_found', 404);
    res.json({ revoked, ...(await view(program.id)) });
  });

  // The member withdrew the report-share consent (told staff): every link handed over for them closes.
  router.post('/:programId/members/:memberId/referrals/withdraw-report-consent', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const revoked = await storage.referrals.withdrawReportConsent(program.id, member.id, now());
    res.json({ revoked, ...(await view(program.id)) });
  });

  router.post('/:programId/referrals/:referralId/updates', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const body = parseBody(referralUpdateBodySchema, req);
    notAhead(body.on);
    const outcome = await storage.referrals.update(
      {
        programId: program.id,
        referralId: param(req, 'referralId'),
        requestId: body.requestId,
        status: body.status,
        on: body.on,
        note: body.note || null,
        recordedBy: user.id,
      },
      now(),
    );
    if (!outcome.ok) throw new AppError(outcome.code, outcome.code === 'referral_not_found' ? 404 : 400);
    res.status(201).json(await view(program.id));
  });

  // The member withdrew the separate consent (told staff): their health-related referrals are deleted.
  router.post('/:programId/members/:memberId/referrals/withdraw-health-consent', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const deleted = await storage.referrals.withdrawHealthConsent(program.id, member.id);
    res.json({ deleted, ...(await view(program.id)) });
  });

  return router;
}

/** A link is no longer made once the program's retention is over (as for the report's own links). */
async function refuseAfterRetention(storage: Storage, programId: string, at: number): Promise<void> {
  const program = await storage.programs.detail(programId);
  if (program?.retainUntil != null && at > program.retainUntil) throw new AppError('report_expired', 410);
}
