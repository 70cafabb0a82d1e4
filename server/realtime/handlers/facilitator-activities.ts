import type { z } from 'zod';
import * as S from '../../../shared/protocol/schemas.js';
import type { ActivityFlags } from '../../storage/activities.js';
import type { ActivityView } from '../../../shared/protocol/views.js';
import { AppError } from '../../errors.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { activityOf, broadcastState, ownLiveSession } from './lookup.js';

/** Editing and running the activities of a session. Each handler: authorize → validate → change → ack → broadcast. */
export function facilitatorActivityHandlers(ctx: RealtimeContext) {
  const { storage, views, broadcaster } = ctx;

  const add: Handler<typeof S.activityAddSchema, ActivityView> = {
    audience: 'facilitator',
    schema: S.activityAddSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await storage.activities.add(session.id, p.activity);
      await broadcastState(ctx, session.id);
      return { ...views.publicActivity(activity), position: activity.position, answerCount: 0 };
    },
  };

  const update: Handler<typeof S.activityUpdateSchema, ActivityView> = {
    audience: 'facilitator',
    schema: S.activityUpdateSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const before = await activityOf(ctx, session, p.activityId);
      const answerCount = await storage.answers.countForActivity(before.id);
      // Answers were given to these options; changing them under the answers would corrupt results.
      const definitionChanged =
        before.type !== p.activity.type ||
        JSON.stringify(before.config) !== JSON.stringify(p.activity.config);
      if (answerCount > 0 && definitionChanged) throw new AppError('activity_has_answers');
      await storage.activities.update(session.id, before.id, p.activity);
      const after = await activityOf(ctx, session, before.id);
      const fresh = await broadcastState(ctx, session.id);
      if (fresh.currentActivityId === after.id) await broadcaster.answersReplaced(fresh);
      return { ...views.publicActivity(after), position: after.position, answerCount };
    },
  };

  const remove: Handler<typeof S.activityRemoveSchema, null> = {
    audience: 'facilitator',
    schema: S.activityRemoveSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      if (activity.status === 'open') throw new AppError('activity_is_open');
      await storage.activities.remove(session.id, activity.id);
      await broadcastState(ctx, session.id);
      return null;
    },
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
      await broadcastState(ctx, session.id);
      return null;
    },
  };

  const open: Handler<typeof S.activityOpenSchema, null> = {
    audience: 'facilitator',
    schema: S.activityOpenSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      await storage.activities.open(session.id, activity.id);
      const fresh = await broadcastState(ctx, session.id);
      await broadcaster.answersReplaced(fresh);
      return null;
    },
  };

  const close: Handler<typeof S.activityCloseSchema, null> = {
    audience: 'facilitator',
    schema: S.activityCloseSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      await storage.activities.close(session.id, activity.id);
      await broadcastState(ctx, session.id);
      return null;
    },
  };

  /** Lock, reveal and names: one flag each, same flow. */
  function flagHandler<Sch extends z.ZodType<{ sessionId: string; activityId: string }>>(
    schema: Sch,
    toFlags: (payload: z.output<Sch>) => ActivityFlags,
  ): Handler<Sch, null> {
    return {
      audience: 'facilitator',
      schema,
      handle: async (socket, p) => {
        const session = await ownLiveSession(ctx, socket, p.sessionId);
        const activity = await activityOf(ctx, session, p.activityId);
        await storage.activities.setFlags(session.id, activity.id, toFlags(p));
        await broadcastState(ctx, session.id);
        return null;
      },
    };
  }

  return {
    'activity:add': add,
    'activity:update': update,
    'activity:remove': remove,
    'activity:reorder': reorder,
    'activity:open': open,
    'activity:close': close,
    'activity:lock': flagHandler(S.activityLockSchema, (p) => ({
      locked: (p as { locked: boolean }).locked,
    })),
    'activity:reveal': flagHandler(S.activityRevealSchema, (p) => ({
      resultsVisible: (p as { visible: boolean }).visible,
    })),
    'activity:names': flagHandler(S.activityNamesSchema, (p) => ({
      showNames: (p as { showNames: boolean }).showNames,
    })),
  };
}
