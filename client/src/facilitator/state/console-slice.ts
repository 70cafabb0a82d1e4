import type {
  AnswerRow,
  AnswersUpdate,
  FacilitatorSnapshot,
  FacilitatorState,
  ParticipantsUpdate,
  ResultsView,
} from '../../../../shared/protocol/views.js';
import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';

type Live = Omit<FacilitatorState, 'timer' | 'serverNow'>;

/** The watched session: its state, the current activity's answer rows and results. */
export interface ConsoleSlice {
  live: Live | null;
  /** Rows of one activity, one per entry; `answered` is who has answered (kept apart from the rows). */
  answers: { activityId: string | null; rows: AnswerRow[]; answered: ReadonlySet<string> };
  results: ResultsView | null;
  watchError: ClientError | null;
  applySnapshot: (snapshot: FacilitatorSnapshot) => void;
  applyLive: (state: FacilitatorState) => void;
  applyAnswers: (update: AnswersUpdate) => void;
  applyResults: (results: ResultsView) => void;
  applyParticipants: (update: ParticipantsUpdate) => void;
  setWatchError: (error: ClientError | null) => void;
  clearConsole: () => void;
}

const strip = ({ timer: _t, serverNow: _n, ...live }: FacilitatorState): Live => live;

/** A delta replaces the row of each entry it mentions (one entry per participant per activity). */
function merge(rows: AnswerRow[], changed: AnswerRow[]): AnswerRow[] {
  const byEntry = new Map(rows.map((r) => [r.entryId, r]));
  for (const row of changed) byEntry.set(row.entryId, row);
  return [...byEntry.values()];
}

const NO_ANSWERS = { activityId: null, rows: [], answered: new Set<string>() };

export const consoleSlice = (set: SliceSet<ConsoleSlice>): ConsoleSlice => ({
  live: null,
  answers: NO_ANSWERS,
  results: null,
  watchError: null,
  applySnapshot: (snapshot) =>
    set({
      live: strip(snapshot),
      answers: {
        activityId: snapshot.session.currentActivityId,
        rows: snapshot.answers,
        answered: new Set(snapshot.answeredParticipantIds),
      },
      results: snapshot.results,
      watchError: null,
    }),
  applyLive: (state) => set({ live: strip(state) }),
  applyAnswers: (update) =>
    set((state) => {
      if (state.live?.session.id !== update.sessionId) return {};
      // Keep the list's count live too: "remove" is offered only for activities nobody answered.
      const live = {
        ...state.live,
        activities: state.live.activities.map((a) =>
          a.id === update.activityId ? { ...a, answerCount: update.answerCount } : a,
        ),
      };
      if (update.replace) {
        const answered = new Set(update.answeredParticipantIds);
        return { live, answers: { activityId: update.activityId, rows: update.answers, answered } };
      }
      if (state.answers.activityId !== update.activityId) return { live };
      const answered = new Set([...state.answers.answered, ...update.answeredParticipantIds]);
      return {
        live,
        answers: { activityId: update.activityId, rows: merge(state.answers.rows, update.answers), answered },
      };
    }),
  applyResults: (results) =>
    set((state) => (state.live?.session.currentActivityId === results.activityId ? { results } : {})),
  applyParticipants: (update) =>
    set((state) =>
      state.live?.session.id === update.sessionId
        ? { live: { ...state.live, participants: update.participants } }
        : {},
    ),
  setWatchError: (watchError) => set({ watchError }),
  clearConsole: () => set({ live: null, answers: NO_ANSWERS, results: null, watchError: null }),
});
