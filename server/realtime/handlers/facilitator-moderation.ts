import * as S from '../../../shared/protocol/schemas.js';
import { AppError } from '../../errors.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { activityOf, broadcastState, ownLiveSession, ownSession } from './lookup.js';

/** Types whose entries the facilitator reads one by one, and may review before the room sees them. */
const REVIEWABLE_TYPES = new Set(['open-text']);

/**
 * What the room may see of the answers: hide or show one entry, review entries before they reach
 * the projector, approve them. Each reads authorize → validate (dispatcher) → change → ack; the
 * coalesced results flush (or the full state, for the review switch) goes out after the ack.
 */
export function facilitatorModerationHandlers(ctx: RealtimeContext) {
  const { storage, broadcaster } = ctx;

  const hide: Handler<typeof S.answerHideSchema, null> = {
    audience: 'facilitator',
    schema: S.answerHideSchema,
    handle: async (socket, p) => {
      const session = await ownSession(ctx, socket, p.sessionId);
      const hidden = await storage.answers.setHidden(session.id, p.answerId, p.hidden);
      if (!hidden) throw new AppError('answer_not_found');
      // Only schedules the coalesced results flush, which runs after this ack.
      broadcaster.answersModerated(session.id, hidden.activityId, [hidden.participantId]);
      return null;
    },
  };

  const approve: Handler<typeof S.answerApproveSchema, { approved: number }> = {
    audience: 'facilitator',
    schema: S.answerApproveSchema,
    handle: async (socket, p) => {
      const session = await ownSession(ctx, socket, p.sessionId);
      const approved = await storage.answers.approve(session.id, p.answerIds);
      const byActivity = new Map<string, string[]>();
      for (const a of approved)
        byActivity.set(a.activityId, [...(byActivity.get(a.activityId) ?? []), a.participantId]);
      for (const [activityId, participantIds] of byActivity) {
        broadcaster.answersModerated(session.id, activityId, participantIds);
      }
      // An id edited meanwhile (a new version) is simply not approved: the console still shows it waiting.
      return { approved: approved.length };
    },
  };

  const review: Handler<typeof S.activityReviewSchema, null> = {
    audience: 'facilitator',
    schema: S.activityReviewSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      const activity = await activityOf(ctx, session, p.activityId);
      if (!REVIEWABLE_TYPES.has(activity.type)) throw new AppError('invalid_payload');
      await storage.activities.setReview(session.id, activity.id, p.review);
      // At once, not in the broadcast: a flush in between must not use the activity as it was.
      broadcaster.activityChanged(activity.id);
      return null;
    },
    // Counts and approvals change with the switch: every audience its state, the console its rows.
    broadcast: async (_socket, p) => {
      await broadcaster.answersReplaced(await broadcastState(ctx, p.sessionId));
    },
  };

  return { 'answer:hide': hide, 'answer:approve': approve, 'activity:review': review };
}
