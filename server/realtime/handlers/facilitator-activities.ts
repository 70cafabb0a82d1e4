import type { z } from 'zod';
import { resultsAudience } from '../../../shared/activities/registry.js';
import * as S from '../../../shared/protocol/schemas.js';
import type { ActivityType } from '../../../shared/activities/types.js';
import type { ActivityView } from '../../../shared/protocol/views.js';
import type { ActivityFlags } from '../../storage/activities.js';
import { AppError } from '../../errors.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import type { StoredCounselingActivity } from '../../storage/counseling-activities.js';
import { tellFacilitators, tellOpenActivities } from '../counseling-notify.js';
import type { MoimSocket } from '../types.js';
import { activityOf, broadcastState, ownLiveSession } from './lookup.js';

/**
 * Editing and running the activities of a session. Each handler reads authorize → validate (done
 * by the dispatcher) → change → ack; `broadcast` then sends every audience its new state.
 */
export function facilitatorActivityHandlers(ctx: RealtimeContext) {
  const { storage, views, broadcaster } = ctx;
  /** A live counseling activity an engine open just closed, told after the ack. */
  const closedCounseling = new WeakMap<MoimSocket, StoredCounselingActivity>();
  const broadcast = async (_socket: unknown, p: { sessionId: string }) => {
    await broadcastState(ctx, p.sessionId);
  };
  /** Also resend the current activity's answers: after opening it, or after its definition changed. */
  const broadcastWithAnswers = async (_socket: unknown, p: { sessionId: string }) => {
    await broadcaster.answersReplaced(await broadcastState(ctx, p.sessionId));
  };

  const add: Handler<typeof S.activityAddSchema, ActivityView> = {
    audience: 'facilitator',
    schema: S.activityAddSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await storage.activities.add(session.id, p.activity);
      // The cap every form and `activity:reorder` assume: past it the list could not be reordered.
      if (!activity) throw new AppError('too_many_activities');
      return views.activityView(activity, 0);
    },
    broadcast,
  };

  const update: Handler<typeof S.activityUpdateSchema, ActivityView> = {
    audience: 'facilitator',
    schema: S.activityUpdateSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const before = await activityOf(ctx, session, p.activityId);
      const definitionChanged =
        before.type !== p.activity.type ||
        JSON.stringify(before.config) !== JSON.stringify(p.activity.config);
      // Answers were given to these options: the storage refuses, in the same statement, to change
      // them under existing answers, so an answer arriving meanwhile cannot be orphaned.
      const updated = await storage.activities.update(session.id, before.id, p.activity, {
        onlyIfUnanswered: definitionChanged,
      });
      if (!updated) throw new AppError('activity_has_answers');
      const after = await activityOf(ctx, session, before.id);
      const answerCount = await storage.answers.countForActivity(after.id);
      return views.activityView(after, answerCount);
    },
    broadcast: broadcastWithAnswers,
  };

  const remove: Handler<typeof S.activityRemoveSchema, null> = {
    audience: 'facilitator',
    schema: S.activityRemoveSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      if (activity.status === 'open') throw new AppError('activity_is_open');
      // Never lose an answer: an activity people answered stays (it can be moved to the end).
      if (!(await storage.activities.removeIfUnanswered(session.id, activity.id))) {
        throw new AppError('activity_has_answers');
      }
      return null;
    },
    broadcast,
  };

  const reorder: Handler<typeof S.activityReorderSchema, null> = {
    audience: 'facilitator',
    schema: S.activityReorderSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const existing = (await storage.activities.list(session.id)).map((a) => a.id);
      const proposed = new Set(p.activityIds);
      const isPermutation =
        proposed.size === existing.length &&
        p.activityIds.length === existing.length &&
        existing.every((id) => proposed.has(id));
      if (!isPermutation) throw new AppError('invalid_payload');
      await storage.activities.reorder(session.id, p.activityIds);
      return null;
    },
    broadcast,
  };

  const open: Handler<typeof S.activityOpenSchema, null> = {
    audience: 'facilitator',
    schema: S.activityOpenSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      // A live counseling activity open in the session closes with this open (one open live activity).
      const counseling = await storage.counselingActivities.openLiveInSession(session.id);
      await storage.activities.open(session.id, activity.id);
      if (counseling) closedCounseling.set(socket, counseling);
      return null;
    },
    broadcast: async (socket, p) => {
      await broadcastWithAnswers(socket, p);
      const counseling = closedCounseling.get(socket);
      if (!counseling) return;
      closedCounseling.delete(socket);
      const closed = (await storage.counselingActivities.get(counseling.id)) ?? counseling;
      await tellOpenActivities(ctx, socket.nsp, closed.programId);
      await tellFacilitators(ctx, socket.nsp, closed);
    },
  };

  const close: Handler<typeof S.activityCloseSchema, null> = {
    audience: 'facilitator',
    schema: S.activityCloseSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      await storage.activities.close(session.id, activity.id);
      return null;
    },
    broadcast,
  };

  /**
   * Lock, reveal and names: one flag each, same flow. `refuse` says why a flag may not be set on
   * this activity (a private one is never revealed).
   */
  function flagHandler<Sch extends z.ZodType<{ sessionId: string; activityId: string }>>(
    schema: Sch,
    toFlags: (payload: z.output<Sch>) => ActivityFlags,
    refuse?: (payload: z.output<Sch>, activity: { type: ActivityType; config: unknown }) => AppError | null,
  ): Handler<Sch, null> {
    return {
      audience: 'facilitator',
      schema,
      handle: async (socket, p) => {
        const session = await ownLiveSession(ctx, socket, p.sessionId);
        const activity = await activityOf(ctx, session, p.activityId);
        const refusal = refuse?.(p, activity);
        if (refusal) throw refusal;
        await storage.activities.setFlags(session.id, activity.id, toFlags(p));
        return null;
      },
      broadcast,
    };
  }

  return {
    'activity:add': add,
    'activity:update': update,
    'activity:remove': remove,
    'activity:reorder': reorder,
    'activity:open': open,
    'activity:close': close,
    'activity:lock': flagHandler(S.activityLockSchema, (p) => ({ locked: p.locked })),
    'activity:reveal': flagHandler(
      S.activityRevealSchema,
      (p) => ({ resultsVisible: p.visible }),
      // Entries meant for the facilitator or their author only never go up on the projector.
      (p, activity) =>
        p.visible && resultsAudience(activity.type, activity.config) !== 'room'
          ? new AppError('private_activity')
          : null,
    ),
    'activity:names': flagHandler(S.activityNamesSchema, (p) => ({ showNames: p.showNames })),
  };
}
