import type { AnswerValue } from '../../../../shared/activities/types.js';
import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';

/** An answer the server acknowledged. */
export interface SavedAnswer {
  answerId: string;
  value: AnswerValue;
}

/** An answer given on this phone and not yet acknowledged; kept in localStorage until it is. */
export interface QueuedAnswer {
  activityId: string;
  answerId: string;
  value: AnswerValue;
  queuedAt: number;
}

/** A final refusal of an answer, with what was refused so the form can offer it again. */
export interface AnswerError {
  error: ClientError;
  value: AnswerValue | null;
}

export interface AnswersSlice {
  /** By activity id. */
  saved: Record<string, SavedAnswer>;
  queue: QueuedAnswer[];
  /** A final refusal of an answer, by activity id. */
  answerErrors: Record<string, AnswerError>;
  /** A refusal for an activity no longer on screen (e.g. sent late after it closed). */
  notice: ClientError | null;
  /** Answers still queued when the session ended: they can never be delivered. */
  undelivered: number;
  setSaved: (activityId: string, saved: SavedAnswer | null) => void;
  setQueue: (queue: QueuedAnswer[]) => void;
  setAnswerError: (activityId: string, error: AnswerError | null) => void;
  setNotice: (notice: ClientError | null) => void;
}

export const answersSlice = (set: SliceSet<AnswersSlice>): AnswersSlice => ({
  saved: {},
  queue: [],
  answerErrors: {},
  notice: null,
  undelivered: 0,
  setSaved: (activityId, saved) =>
    set((state) => {
      const next = { ...state.saved };
      if (saved) next[activityId] = saved;
      else delete next[activityId];
      return { saved: next };
    }),
  setQueue: (queue) => set({ queue }),
  setAnswerError: (activityId, error) =>
    set((state) => {
      if (!error && !(activityId in state.answerErrors)) return {};
      const next = { ...state.answerErrors };
      if (error) next[activityId] = error;
      else delete next[activityId];
      return { answerErrors: next };
    }),
  setNotice: (notice) => set({ notice }),
});
