import { counselingConfigOf, counselingModule } from '../../../shared/activities/counseling-registry.js';
import * as S from '../../../shared/protocol/schemas.js';
import type { CounselingConsoleView } from '../../../shared/protocol/views.js';
import { consoleView } from '../../counseling/views.js';
import { AppError } from '../../errors.js';
import type { StoredCounselingActivity } from '../../storage/counseling-activities.js';
import type { RealtimeContext } from '../context.js';
import { tellFacilitators, tellOnlineMembers, tellOpenActivities } from '../counseling-notify.js';
import type { Handler } from '../dispatcher.js';
import type { MoimSocket } from '../types.js';
import { broadcastState } from './lookup.js';
import { visibleActivity, visibleProgram } from './counseling-access.js';

/** What a change must be told after its ack: the activity as now stored, and what it closed. */
interface Change {
  activity: StoredCounselingActivity;
  /** Activities a live open closed (the engine's current one, say): their session's audiences hear it. */
  closedIds: string[];
  /** Every member's personal view may change (opened, another phase). */
  personal: boolean;
}

/**
 * The facilitator runs counseling activities (docs/design/counseling-engine.md §5, §8): open (made
 * once per agenda line, in the running day's session), close and move between the module's phases.
 * authorize → validate → change → ack → broadcast, as the grouping handlers.
 */
export function counselingRunHandlers(ctx: RealtimeContext) {
  const { storage } = ctx;
  const changes = new WeakMap<CounselingConsoleView, Change>();

  async function ackOf(change: Change): Promise<CounselingConsoleView> {
    const view = await consoleView(storage, change.activity);
    changes.set(view, change);
    return view;
  }

  async function tell(socket: MoimSocket, _p: unknown, view: CounselingConsoleView): Promise<void> {
    const change = changes.get(view);
    if (!change) return;
    const { activity } = change;
    await tellOpenActivities(ctx, socket.nsp, activity.programId);
    await tellFacilitators(ctx, socket.nsp, activity);
    if (change.personal && activity.status === 'open') await tellOnlineMembers(ctx, socket.nsp, activity);
    // A live activity is the projector's (and closed the engine's current one): the session's state again.
    if (activity.pace === 'live' || change.closedIds.length > 0)
      await broadcastState(ctx, activity.sessionId);
  }

  /** The running day's session of this program, or the same refusal as an unknown session. */
  async function runningSession(programId: string, sessionId: string) {
    const session = await storage.sessions.findById(sessionId);
    const day = session?.programDayId ? await storage.programs.dayById(session.programDayId) : null;
    if (!session || day?.program.id !== programId) throw new AppError('session_not_found');
    if (session.status === 'ended') throw new AppError('session_ended');
    return session;
  }

  const open: Handler<typeof S.counselingOpenSchema, CounselingConsoleView> = {
    audience: 'facilitator',
    schema: S.counselingOpenSchema,
    handle: async (socket, p) => {
      const program = await visibleProgram(ctx, socket, p.programId);
      const session = await runningSession(program.id, p.sessionId);
      const module = counselingModule(p.type);
      if (!module) throw new AppError('invalid_config');
      // A wave's task opens by `wave:open`, which makes its config from the wave (and closes a pre).
      if (module.openedBy !== 'line') throw new AppError('use_wave_open');
      // The line's settings (the library's "카드 3장", "8분씩") over the type's defaults.
      const config = counselingConfigOf(p.type, p.config);
      if (config === null) throw new AppError('invalid_config');
      if (p.groupingId && !(await storage.groupings.get(program.id, p.groupingId)))
        throw new AppError('grouping_not_found');
      const made = await storage.counselingActivities.createOrGet({
        programId: program.id,
        sessionId: session.id,
        agendaKey: p.agendaKey ?? null,
        type: p.type,
        title: p.title,
        config,
        pace: module.pace,
        phase: module.phases[0],
        groupingId: p.groupingId ?? null,
      });
      // The line already made an engine activity: it is no counseling line.
      if (!made) throw new AppError('invalid_payload');
      if (made === 'too_many_activities') throw new AppError(made);
      // Reopening a line's activity keeps the day it was made in: a live one only in that day's session.
      if (made.activity.pace === 'live' && made.activity.sessionId !== session.id)
        throw new AppError('activity_not_found');
      const { activity } = await visibleActivity(ctx, socket, made.activity.id);
      const opened = await storage.counselingActivities.open(activity.id);
      const now = (await storage.counselingActivities.get(activity.id))!;
      return ackOf({ activity: now, closedIds: opened?.closedIds ?? [], personal: true });
    },
    broadcast: tell,
  };

  const close: Handler<typeof S.counselingCloseSchema, CounselingConsoleView> = {
    audience: 'facilitator',
    schema: S.counselingCloseSchema,
    handle: async (socket, p) => {
      const { activity } = await visibleActivity(ctx, socket, p.activityId);
      refusePlanType(activity);
      await storage.counselingActivities.close(activity.id);
      const now = (await storage.counselingActivities.get(activity.id))!;
      return ackOf({ activity: now, closedIds: [], personal: false });
    },
    broadcast: tell,
  };

  const phase: Handler<typeof S.counselingPhaseSchema, CounselingConsoleView> = {
    audience: 'facilitator',
    schema: S.counselingPhaseSchema,
    handle: async (socket, p) => {
      const { activity } = await visibleActivity(ctx, socket, p.activityId);
      refusePlanType(activity);
      const module = counselingModule(activity.type);
      if (!module?.phases.includes(p.phase)) throw new AppError('invalid_payload');
      await storage.counselingActivities.setPhase(activity.id, p.phase);
      const now = (await storage.counselingActivities.get(activity.id))!;
      return ackOf({ activity: now, closedIds: [], personal: true });
    },
    broadcast: tell,
  };

  return { 'counseling:open': open, 'counseling:close': close, 'counseling:phase': phase };
}

/** A wave's task is closed with its wave (`wave:close` hands in what can be scored), never alone. */
function refusePlanType(activity: StoredCounselingActivity): void {
  if (counselingModule(activity.type)?.openedBy === 'plan') throw new AppError('use_wave_open');
}
