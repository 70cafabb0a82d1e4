import { newPin } from '../auth/pin.js';
import { Router } from 'express';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { buildRoster } from '../../shared/program/roster.js';
import {
  attendanceCorrectionSchema,
  memberJobFamilyBodySchema,
  mergeMembersBodySchema,
  paperMemberBodySchema,
} from '../../shared/program/schemas.js';
import type { RosterView } from '../../shared/program/views.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { ProgramRef, Storage } from '../storage/index.js';
import { dayOf, memberOf, param, programFor, refuseEnded, requireUser } from './program-access.js';
import type { ProgramRealtime } from './program-routes.js';
import { parseBody } from './respond.js';

/** Who is in a program's running day now: asked of the socket rooms, so it holds across processes. */
export type RosterPresence = Pick<ProgramRealtime, 'onlineParticipantIds'>;

/**
 * The roster of a program as the facilitator sees it: every member, every day, last seen and who is
 * connected now, the attendance rate so far and completion (shared/program/roster.ts).
 */
export async function rosterOf(
  storage: Storage,
  program: Pick<ProgramRef, 'id'>,
  presence: RosterPresence,
  now: number,
): Promise<RosterView> {
  const [detail, members, attendance] = await Promise.all([
    storage.programs.detail(program.id),
    storage.members.list(program.id),
    storage.attendance.forProgram(program.id),
  ]);
  if (!detail) throw new AppError('program_not_found', 404);
  const running = detail.days.flatMap((d) =>
    d.session && d.session.status !== 'ended' ? [d.session.id] : [],
  );
  const online = await presence.onlineParticipantIds(running);
  return buildRoster({
    programId: program.id,
    threshold: detail.completionThreshold,
    today: todayIn(CENTER_TIME_ZONE, new Date(now)),
    ended: detail.status === 'ended',
    days: detail.days,
    members,
    attendance: attendance.map((a) => ({
      ...a,
      connected: a.participantId !== null && online.has(a.participantId),
    })),
  });
}

/**
 * Roster, attendance corrections, a member's job family, merging duplicates and new PINs. Mounted
 * under /api/programs.
 */
export function rosterRoutes(
  storage: Storage,
  realtime: Pick<ProgramRealtime, 'membersMerged' | 'pinReissued' | 'onlineParticipantIds'>,
  now: () => number = Date.now,
): Router {
  const router = Router();
  const roster = (program: Pick<ProgramRef, 'id'>) => rosterOf(storage, program, realtime, now());

  router.get('/:programId/roster', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json(await roster(program));
  });

  router.put('/:programId/days/:dayId/attendance/:memberId', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const day = await dayOf(storage, req, program);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(attendanceCorrectionSchema, req);
    if (body.hours !== null && body.hours > day.plannedMinutes / 60)
      throw new AppError('invalid_payload', 400);
    await storage.attendance.correct(day.id, member.id, body, user.id);
    res.json((await roster(program)) satisfies RosterView);
  });

  router.post('/:programId/members/:memberId/merge', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const from = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(mergeMembersBodySchema, req);
    if (body.intoMemberId === from.id) throw new AppError('cannot_merge_self', 400);
    const into = await memberOf(storage, program, body.intoMemberId);
    const outcome = await storage.members.merge(program.id, from.id, into.id);
    if (!outcome) throw new AppError('member_not_found', 404);
    await realtime.membersMerged(
      outcome.removedParticipantIds,
      program.code,
      await storage.programs.runningSessionIds(program.id),
      from.id,
    );
    res.json(await roster(program));
  });

  // The target job family of the needs intake, which the member may have left out or chosen wrong.
  router.put('/:programId/members/:memberId/job-family', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(memberJobFamilyBodySchema, req);
    if (!(await storage.members.setJobFamily(program.id, member.id, body.jobFamily)))
      throw new AppError('member_not_found', 404);
    res.json((await roster(program)) satisfies RosterView);
  });

  // A participant on paper: consent given on the paper notice, no PIN, answers entered by staff.
  router.post('/:programId/members', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    refuseEnded(program);
    const body = parseBody(paperMemberBodySchema, req);
    const added = await storage.members.addOnPaper({
      programId: program.id,
      nickname: body.nickname,
      realName: body.realName === '' ? null : body.realName,
      addedBy: user.id,
      requestHash: hashToken(`paper:${body.requestId}`),
    });
    if (!added) throw new AppError('nickname_taken', 409);
    res.status(201).json({ memberId: added.id, roster: await roster(program) });
  });

  router.post('/:programId/members/:memberId/pin', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const pin = newPin();
    await storage.members.setPin(member.id, await hashPassword(pin));
    // A locked-out recovery (someone tried wrong PINs on this nickname) opens again with the new PIN.
    await realtime.pinReissued(program.id, member.nickname);
    res.json({ pin });
  });

  return router;
}
