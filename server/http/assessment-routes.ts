import { Router } from 'express';
import {
  staffEntryBodySchema,
  wavePlanBodySchema,
  type AssessmentsView,
  type StaffEntryView,
  type WavesView,
} from '../../shared/assessment/views.js';
import { instrumentById } from '../../shared/content/index.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { AppError } from '../errors.js';
import { assessmentsView, wavesView } from '../assessment/waves-view.js';
import type { Storage, WavePlanItem } from '../storage/index.js';
import { memberOf, param, programFor, requireUser } from './program-access.js';
import { parseBody } from './respond.js';

/**
 * A program's assessment plan, its pre/post group tables and staff entry of paper forms
 * (docs/design/assessments-reports.md §2.2, §2.5, §2.6, §8.2), mounted under /api/programs and
 * authorized by the program like its roster: another center's (or team's) program, wave or member
 * answers exactly like an id that does not exist.
 */
export function assessmentRoutes(storage: Storage, now: () => number = Date.now): Router {
  const router = Router();

  router.get('/:programId/waves', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json((await wavesView(storage, program)) satisfies WavesView);
  });

  router.put('/:programId/waves', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const body = parseBody(wavePlanBodySchema, req);
    const waves = body.waves.map((w): WavePlanItem => {
      const instrument = instrumentById.get(w.instrumentId);
      // A pre-post instrument is taken as pre and post, the end-of-program survey once.
      if (!instrument || (w.kind === 'once') !== (instrument.use === 'end-of-program'))
        throw new AppError('invalid_payload', 400);
      return {
        instrumentId: instrument.id,
        kind: w.kind,
        plannedDayId: w.plannedDayId,
        // A new post takes its pre's version in the store; a kept wave keeps the version it pinned.
        instrumentVersion: instrument.version,
        // Set from the instrument, never by a person: the survey is anonymous, nothing else is.
        anonymous: instrument.use === 'end-of-program',
      };
    });
    const outcome = await storage.assessments.replacePlan({
      programId: program.id,
      version: body.version,
      waves,
    });
    if (!outcome.ok) {
      const status: Record<typeof outcome.code, number> = {
        program_not_found: 404,
        program_ended: 400,
        version_conflict: 409,
        wave_has_responses: 409,
        day_not_found: 400,
        invalid_payload: 400,
      };
      throw new AppError(outcome.code, status[outcome.code]);
    }
    res.json((await wavesView(storage, program)) satisfies WavesView);
  });

  router.get('/:programId/assessments', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json((await assessmentsView(storage, program)) satisfies AssessmentsView);
  });

  router.put('/:programId/waves/:waveId/members/:memberId/response', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const wave = await storage.assessments.get(param(req, 'waveId'));
    if (!wave || wave.programId !== program.id) throw new AppError('wave_not_found', 404);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(staffEntryBodySchema, req);
    // A paper form is dated on a day that has come: a date ahead is a typing slip.
    if (body.takenOn > todayIn(CENTER_TIME_ZONE, new Date(now()))) throw new AppError('invalid_payload', 400);
    const outcome = await storage.assessments.enterResponse({
      waveId: wave.id,
      memberId: member.id,
      requestId: body.requestId,
      takenOn: body.takenOn,
      answers: body.answers,
      enteredBy: user.id,
      now: now(),
    });
    if (!outcome.ok) {
      const status = { wave_not_found: 404, member_not_found: 404, already_submitted: 409 } as const;
      throw new AppError(outcome.code, status[outcome.code as keyof typeof status] ?? 400);
    }
    // A resend answers as the first call: the row its request id stored, read back.
    const s = outcome.score;
    res.json({
      entry: {
        waveId: s.waveId,
        memberId: s.memberId,
        score: s.score,
        answered: s.answered,
        missing: s.missing,
        prorated: s.prorated,
        takenDayNumber: s.takenDayNumber,
        enteredAt: s.submittedAt,
      },
      tables: (await assessmentsView(storage, program)).tables,
    } satisfies StaffEntryView);
  });

  return router;
}
