import { Router, type Request } from 'express';
import {
  buildReport,
  type ReportLinkResponse,
  type ReportResponse,
  type TakeHomeReport,
} from '../../shared/report/build.js';
import { reportLinkBodySchema } from '../../shared/report/schemas.js';
import { canSeeProgram } from '../auth/access.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { ReportSectionSource } from '../report/sections.js';
import type { Storage, StoredMember } from '../storage/index.js';
import { memberOf, param, programFor, requireUser } from './program-access.js';
import { parseBody } from './respond.js';

/**
 * The take-home report (design §9). A member reads their own with the phone's member token in an
 * `Authorization: Bearer` header (never in a URL: it can also answer and withdraw consent); another
 * device with a read-only link token (`Authorization: ReportLink`); facilitators read any member's
 * report of the programs they may see. Everything is refused once the program's retention has ended.
 * Mounted under /api.
 */
export function reportRoutes(storage: Storage, sections: ReportSectionSource, now: () => number): Router {
  const router = Router();

  const answer = async (member: StoredMember): Promise<ReportResponse> => ({
    programId: member.programId,
    report: await reportOf(storage, sections, member, now()),
  });

  router.get('/report', async (req, res) => {
    res.json(await answer(await memberFromBearer(storage, req)));
  });

  router.get('/report/by-link', async (req, res) => {
    const token = credential(req, 'ReportLink');
    const link = token ? await storage.reportTokens.find(hashToken(token), now()) : null;
    const member = link ? await storage.members.get(link.programId, link.memberId) : null;
    if (!member) throw new AppError('report_not_found', 404);
    res.json(await answer(member));
  });

  // A member links their own report; a facilitator any member's of their programs. A link token
  // cannot make links: it reads the report and nothing else.
  router.post('/report/links', async (req, res) => {
    let member: StoredMember;
    if (credential(req, 'Bearer') !== null) {
      member = await memberFromBearer(storage, req);
    } else {
      const user = await requireUser(storage, req);
      const body = parseBody(reportLinkBodySchema, req);
      const program = await storage.programs.ref(body.programId);
      // Another center's program answers like one that does not exist (as programFor does).
      if (!program || !canSeeProgram(user, program)) throw new AppError('program_not_found', 404);
      member = await memberOf(storage, program, body.memberId);
    }
    await refuseAfterRetention(storage, member.programId, now());
    const token = newToken();
    const link = await storage.reportTokens.issue(hashToken(token), member.id, member.programId, now());
    res.status(201).json({ token, expiresAt: link.expiresAt } satisfies ReportLinkResponse);
  });

  // A member takes back every link they gave out (a lost or shared device); their phone keeps working.
  router.post('/report/links/revoke', async (req, res) => {
    const member = await memberFromBearer(storage, req);
    res.json({ revoked: await storage.reportTokens.revokeAll(member.id, now()) });
  });

  router.get('/programs/:programId/members/:memberId/report', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json(await answer(await memberOf(storage, program, param(req, 'memberId'))));
  });

  return router;
}

/** The token after `scheme` in the Authorization header, or null when the header is another scheme. */
function credential(req: Request, scheme: 'Bearer' | 'ReportLink'): string | null {
  const header = req.get('authorization');
  if (!header) return null;
  const [given, token, ...rest] = header.trim().split(/\s+/);
  if (given?.toLowerCase() !== scheme.toLowerCase() || !token || rest.length > 0 || token.length > 200)
    return null;
  return token;
}

async function memberFromBearer(storage: Storage, req: Request): Promise<StoredMember> {
  const token = credential(req, 'Bearer');
  const member = token ? await storage.members.findByTokenHash(hashToken(token)) : null;
  if (!member) throw new AppError('report_not_found', 404);
  return member;
}

async function refuseAfterRetention(storage: Storage, programId: string, at: number): Promise<void> {
  const program = await storage.programs.detail(programId);
  if (!program) throw new AppError('report_not_found', 404);
  if (program.retainUntil !== null && at > program.retainUntil) throw new AppError('report_expired', 410);
}

async function reportOf(
  storage: Storage,
  sections: ReportSectionSource,
  member: StoredMember,
  at: number,
): Promise<TakeHomeReport> {
  const [program, ref] = await Promise.all([
    storage.programs.detail(member.programId),
    storage.programs.ref(member.programId),
  ]);
  if (!program || !ref) throw new AppError('report_not_found', 404);
  if (program.retainUntil !== null && at > program.retainUntil) throw new AppError('report_expired', 410);
  const center = await storage.centers.findById(ref.centerId);
  return buildReport({
    program: {
      title: program.title,
      center: center?.name ?? '',
      dates: program.days.map((d) => d.date),
      retainUntil: program.retainUntil,
    },
    member: { nickname: member.nickname },
    sections: await sections(program.id, member.id),
    generatedAt: at,
  });
}
