import { Router } from 'express';
import { dayActivityDrafts } from '../../shared/program/day-activities.js';
import {
  copyProgramBodySchema,
  createProgramBodySchema,
  startDayBodySchema,
  updateProgramBodySchema,
} from '../../shared/program/schemas.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { MAX_ACTIVITIES_PER_SESSION } from '../../shared/protocol/limits.js';
import { AppError } from '../errors.js';
import { autoEndAt } from '../program-days/auto-end.js';
import type { Storage } from '../storage/index.js';
import {
  checkFacilitators,
  checkTemplate,
  dayOf,
  programFor,
  refuseEnded,
  requireUser,
} from './program-access.js';
import { parseBody } from './respond.js';

/** What the program routes tell connected sockets; app.ts builds it from the realtime server. */
export interface ProgramRealtime {
  /** Phones waiting in the program's lobby: the day has started, join again. */
  dayStarted(programId: string, code: string): void;
  /** A live session ended in storage (with its program): its phones' last seen, then every audience hears it. */
  sessionEnded(sessionId: string): Promise<void>;
  /** Participant rows with a phone in these sessions now (the socket rooms, on any process). */
  onlineParticipantIds(sessionIds: readonly string[]): Promise<Set<string>>;
  /**
   * Phones of a merged duplicate: out of the removed participant rows and the duplicate's member room,
   * told to join again (their token now opens the kept member); the running day's audiences get
   * fresh state and results.
   */
  membersMerged(
    participantIds: string[],
    code: string,
    sessionIds: string[],
    fromMemberId: string,
  ): Promise<void>;
  /** Phones waiting in the program's lobby: join again, to hear that the program has ended. */
  programEnded(programId: string, code: string): void;
  /** A user's access changed (taken off a program): their open sockets are closed and reconnect. */
  userAccessChanged(userId: string): void;
  /** A facilitator gave a member a new PIN: wrong-PIN counts for that nickname start over. */
  pinReissued(programId: string, nickname: string): Promise<void>;
}

async function detailOf(storage: Storage, programId: string): Promise<ProgramDetail> {
  const detail = await storage.programs.detail(programId);
  if (!detail) throw new AppError('program_not_found', 404);
  return detail;
}

/** The clock of program days and their automatic end (see program-days/auto-end.ts). */
export interface ProgramDayClock {
  now(): number;
  /** Ends days left running past their time and tells their audiences. */
  endOverdueDays(): Promise<unknown>;
}

/** Programs of a center: list, create, edit, copy, end, and start a day's live session. */
export function programRoutes(storage: Storage, realtime: ProgramRealtime, days: ProgramDayClock): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const user = await requireUser(storage, req);
    res.json({ programs: await storage.programs.listFor(user) });
  });

  router.post('/', async (req, res) => {
    const user = await requireUser(storage, req);
    const body = parseBody(createProgramBodySchema, req);
    checkTemplate(body.templateId, body.trackId);
    await checkFacilitators(storage, user, body.facilitatorIds);
    const program = await storage.programs.create({ centerId: user.centerId, createdBy: user.id, body });
    res.status(201).json({ program });
  });

  router.get('/:programId', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json({ program: await detailOf(storage, program.id) });
  });

  router.put('/:programId', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const body = parseBody(updateProgramBodySchema, req);
    refuseEnded(program);
    await checkFacilitators(storage, user, body.facilitatorIds, program.facilitatorIds);
    const before = await detailOf(storage, program.id);
    const outcome = await storage.programs.update(program.id, body);
    if (typeof outcome !== 'string') {
      // Someone taken off the program must stop hearing its running day at once.
      for (const id of program.facilitatorIds)
        if (!body.facilitatorIds.includes(id)) realtime.userAccessChanged(id);
    }
    if (outcome === 'version_conflict') throw new AppError('version_conflict', 409);
    if (outcome === 'day_not_found') throw new AppError('day_not_found', 404);
    if (outcome === 'day_has_records') throw new AppError('day_has_records', 409);
    // A day running now ends by its new planned end (counted from now, as if it were started now),
    // so lengthening today's day never has the server end it at the old time.
    for (const day of outcome.days) {
      const was = before.days.find((d) => d.id === day.id);
      if (was && was.endTime !== day.endTime)
        await storage.sessions.rescheduleAutoEnd(day.id, autoEndAt(days.now(), day.endTime));
    }
    res.json({ program: outcome });
  });

  router.post('/:programId/copy', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const body = parseBody(copyProgramBodySchema, req);
    const copy = await storage.programs.copy(program.id, { ...body, createdBy: user.id });
    if (!copy) throw new AppError('program_not_found', 404);
    res.status(201).json({ program: copy });
  });

  router.post('/:programId/end', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    // Running days end with the program in one transaction; then phones and projectors hear it.
    for (const sessionId of await storage.programs.end(program.id)) {
      await realtime.sessionEnded(sessionId);
    }
    realtime.programEnded(program.id, program.code);
    res.json({ program: await detailOf(storage, program.id) });
  });

  router.post('/:programId/days/:dayId/start', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const day = await dayOf(storage, req, program);
    const body = parseBody(startDayBodySchema, req);
    refuseEnded(program);
    // A day left running past its time is over: it never stands in the way of the next one.
    await days.endOverdueDays();
    const started = await storage.sessions.startProgramDay({
      programId: program.id,
      dayId: day.id,
      code: program.code,
      title: `${program.title} · ${day.number}일차`,
      facilitatorId: user.id,
      autoEndAt: autoEndAt(days.now(), day.endTime),
      endRunning: body.endRunning === true,
      // Asked only when the day's session is created. A day stored before the program schema held
      // the session cap is refused whole (and the start rolled back) rather than cut short.
      activities: () => {
        const drafts = dayActivityDrafts(day.modules);
        if (drafts.length > MAX_ACTIVITIES_PER_SESSION) throw new AppError('too_many_activities', 400);
        return drafts;
      },
    });
    if (started === 'day_already_running') throw new AppError('day_already_running', 409);
    if (started === 'program_ended') throw new AppError('program_ended', 400);
    if (started === 'day_not_found') throw new AppError('day_not_found', 404);
    // The day ended to make room: its phones, projector and console hear it the usual way.
    for (const sessionId of started.endedSessionIds) await realtime.sessionEnded(sessionId);
    realtime.dayStarted(program.id, program.code);
    res.json({ sessionId: started.session.id });
  });

  return router;
}
