import type {
  AnswerRow,
  AnswersUpdate,
  FacilitatorSnapshot,
  FacilitatorState,
  ParticipantRow,
  ResultsView,
} from '../../../../shared/protocol/views.js';
import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';

type Live = Omit<FacilitatorState, 'timer' | 'serverNow'>;

/** The watched session: its state, the current activity's answer rows and results. */
export interface ConsoleSlice {
  live: Live | null;
  /** Rows of one activity, one per participant. */
  answers: { activityId: string | null; rows: AnswerRow[] };
  results: ResultsView | null;
  watchError: ClientError | null;
  applySnapshot: (snapshot: FacilitatorSnapshot) => void;
  applyLive: (state: FacilitatorState) => void;
  applyAnswers: (update: AnswersUpdate) => void;
  applyResults: (results: ResultsView) => void;
  applyParticipants: (participants: ParticipantRow[]) => void;
  setWatchError: (error: ClientError | null) => void;
  clearConsole: () => void;
}

const strip = ({ timer: _t, serverNow: _n, ...live }: FacilitatorState): Live => live;

/** A delta replaces the row of each participant it mentions (one answer per participant per activity). */
function merge(rows: AnswerRow[], changed: AnswerRow[]): AnswerRow[] {
  const byParticipant = new Map(rows.map((r) => [r.participantId, r]));
  for (const row of changed) byParticipant.set(row.participantId, row);
  return [...byParticipant.values()];
}

export const consoleSlice = (set: SliceSet<ConsoleSlice>): ConsoleSlice => ({
  live: null,
  answers: { activityId: null, rows: [] },
  results: null,
  watchError: null,
  applySnapshot: (snapshot) =>
    set({
      live: strip(snapshot),
      answers: { activityId: snapshot.session.currentActivityId, rows: snapshot.answers },
      results: snapshot.results,
      watchError: null,
    }),
  applyLive: (state) => set({ live: strip(state) }),
  applyAnswers: (update) =>
    set((state) => {
      if (update.replace) return { answers: { activityId: update.activityId, rows: update.answers } };
      if (state.answers.activityId !== update.activityId) return {};
      return { answers: { activityId: update.activityId, rows: merge(state.answers.rows, update.answers) } };
    }),
  applyResults: (results) =>
    set((state) => (state.live?.session.currentActivityId === results.activityId ? { results } : {})),
  applyParticipants: (participants) =>
    set((state) => (state.live ? { live: { ...state.live, participants } } : {})),
  setWatchError: (watchError) => set({ watchError }),
  clearConsole: () =>
    set({ live: null, answers: { activityId: null, rows: [] }, results: null, watchError: null }),
});
