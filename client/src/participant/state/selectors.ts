import type { AnswerValue } from '../../../../shared/activities/types.js';
import type { ParticipantStore } from './store.js';

export type AnswerStatus = 'none' | 'pending' | 'saved' | 'error';

export interface CurrentAnswer {
  status: AnswerStatus;
  answerId: string | null;
  value: AnswerValue | null;
  /** What the form starts from: the pending or saved answer, or one the server just refused. */
  draft: AnswerValue | null;
}

const NONE: CurrentAnswer = { status: 'none', answerId: null, value: null, draft: null };

/** What the phone shows as "my answer" to the open activity: the newest pending one, else the saved one. */
export function currentAnswer(state: ParticipantStore): CurrentAnswer {
  const activityId = state.activity?.id;
  if (!activityId) return NONE;
  const queued = state.queue.find((q) => q.activityId === activityId);
  const saved = state.saved[activityId];
  const status: AnswerStatus = queued
    ? 'pending'
    : state.answerErrors[activityId]
      ? 'error'
      : saved
        ? 'saved'
        : 'none';
  const shown = queued ?? saved;
  const value = shown?.value ?? null;
  const refused = queued ? null : (state.answerErrors[activityId]?.value ?? null);
  return { status, answerId: shown?.answerId ?? null, value, draft: refused ?? value };
}

/** Answers may be given (or changed) only while the activity is open and not locked. */
export const canAnswer = (state: ParticipantStore): boolean =>
  state.activity !== null &&
  state.activity.status === 'open' &&
  !state.activity.locked &&
  state.session?.status !== 'ended';
