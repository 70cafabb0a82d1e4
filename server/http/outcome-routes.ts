import { Router } from 'express';
import { outcomeBodySchema } from '../../shared/outcomes/schemas.js';
import type { DueFollowUpsView, OutcomesView, RecordedOutcome } from '../../shared/outcomes/views.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { AppError } from '../errors.js';
import { dueFollowUpsFor } from '../outcomes/due-list.js';
import { outcomesView, outcomeView } from '../outcomes/view.js';
import type { Storage } from '../storage/index.js';
import { memberOf, param, programFor, requireUser } from './program-access.js';
import { parseBody } from './respond.js';

/**
 * Follow-up outcomes (사후관리) of a program's members, mounted under /api/programs and authorized by
 * the program like its roster: another center's (or another team's) program, and a member of another
 * program, answer exactly like ids that do not exist. Outcomes are recorded whatever the program's
 * state: follow-ups happen after it ended.
 */
export function outcomeRoutes(storage: Storage, now: () => number = Date.now): Router {
  const router = Router();

  router.get('/:programId/outcomes', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json((await outcomesView(storage, program, now())) satisfies OutcomesView);
  });

  router.post('/:programId/members/:memberId/outcomes', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(outcomeBodySchema, req);
    // An outcome says where someone stands on a day that has come: a date ahead is a typing slip that
    // would stay the member's latest record until a later one overtook it.
    if (body.asOf > todayIn(CENTER_TIME_ZONE, new Date(now()))) throw new AppError('invalid_payload', 400);
    const result = await storage.outcomes.record(
      { ...body, programId: program.id, memberId: member.id, recordedBy: user.id },
      now(),
    );
    if (result === 'outcome_not_found') throw new AppError('outcome_not_found', 404);
    if (result === 'outcome_superseded') throw new AppError('outcome_superseded', 409);
    // A request id of another member's record: ids are made once per save, so this is no resend.
    if (result === 'request_conflict') throw new AppError('invalid_payload', 400);
    // A resend answers as the first call did: the same status and the record it stored.
    res.status(201).json({
      outcome: outcomeView(result.outcome),
      outcomes: await outcomesView(storage, program, now()),
    } satisfies RecordedOutcome);
  });

  return router;
}

/** The facilitator home's "이번 주 사후관리", mounted at /api/follow-ups. */
export function followUpRoutes(storage: Storage, now: () => number = Date.now): Router {
  const router = Router();

  // The caller's own programs; an admin may ask for every program of the center (`?scope=center`).
  router.get('/due', async (req, res) => {
    const user = await requireUser(storage, req);
    const scope = req.query.scope;
    if (scope !== undefined && scope !== 'center') throw new AppError('invalid_payload', 400);
    if (scope === 'center' && user.role !== 'admin') throw new AppError('forbidden', 403);
    const view = await dueFollowUpsFor(storage, user, scope === 'center' ? 'center' : 'mine', now());
    res.json(view satisfies DueFollowUpsView);
  });

  return router;
}
