import type {
  ParticipantSnapshot,
  ParticipantState,
  PublicActivity,
  ResultsView,
  SessionInfo,
} from '../../../../shared/protocol/views.js';
import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';

/**
 * Where the phone is in joining: typing a code, checking it, typing a nickname, joining, in the
 * session, or the session is over. The connection module acts on the phase after every (re)connect.
 */
export type Phase = 'code' | 'checking' | 'nickname' | 'joining' | 'in' | 'ended';

export interface SessionSlice {
  phase: Phase;
  code: string | null;
  /** The nickname typed on this phone, until the server confirms a participant. */
  nickname: string;
  joinError: ClientError | null;
  participant: { id: string; nickname: string } | null;
  session: SessionInfo | null;
  activity: PublicActivity | null;
  results: ResultsView | null;
  /** The last thing worth telling a screen reader user about (a new activity, results shown). */
  announcement: Announcement | null;
  setPhase: (phase: Phase, joinError?: ClientError | null) => void;
  setNickname: (nickname: string) => void;
  applySnapshot: (snapshot: ParticipantSnapshot) => void;
  applyState: (state: ParticipantState) => void;
  applyResults: (results: ResultsView) => void;
  announce: (announcement: Omit<Announcement, 'n'>) => void;
}

export interface Announcement {
  kind: 'activity' | 'results';
  title: string;
  /** Counts up, so the same words said twice are said again. */
  n: number;
}

const phaseOf = (state: ParticipantState): Phase => (state.session.status === 'ended' ? 'ended' : 'in');

export const sessionSlice = (set: SliceSet<SessionSlice>): SessionSlice => ({
  phase: 'code',
  code: null,
  nickname: '',
  joinError: null,
  participant: null,
  session: null,
  activity: null,
  results: null,
  announcement: null,
  setPhase: (phase, joinError = null) => set({ phase, joinError }),
  setNickname: (nickname) => set({ nickname }),
  applySnapshot: (snapshot) =>
    set({
      phase: phaseOf(snapshot),
      joinError: null,
      participant: snapshot.participant,
      session: snapshot.session,
      activity: snapshot.activity,
      results: snapshot.results,
    }),
  applyState: (state) =>
    set({ phase: phaseOf(state), session: state.session, activity: state.activity, results: state.results }),
  applyResults: (results) => set((state) => (state.activity?.id === results.activityId ? { results } : {})),
  announce: (announcement) =>
    set((state) => ({ announcement: { ...announcement, n: (state.announcement?.n ?? 0) + 1 } })),
});
