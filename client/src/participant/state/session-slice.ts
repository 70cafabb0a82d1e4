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
 * Where the phone is in joining: typing a code, checking it, typing a nickname (a one-off session)
 * or registering for a program (`onboarding`, then its `pin` shown once), joining, in the session,
 * or it is over. The connection module acts on the phase after every (re)connect.
 */
export type Phase = 'code' | 'checking' | 'nickname' | 'onboarding' | 'pin' | 'joining' | 'in' | 'ended';

/** The program a code belongs to, from the join snapshot; `dayNumber` null while no day runs. */
export type JoinedProgram = ParticipantSnapshot['program'];

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
  program: JoinedProgram;
  /** The program day whose session ended while this phone was in it; cleared when a day runs. */
  dayEnded: number | null;
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

/** A program's day ending is not the end: the phone stays in and waits for the next day. */
const phaseOf = (state: ParticipantState, program: JoinedProgram): Phase =>
  state.session.status === 'ended' && !program ? 'ended' : 'in';

export const sessionSlice = (set: SliceSet<SessionSlice>): SessionSlice => ({
  phase: 'code',
  code: null,
  nickname: '',
  joinError: null,
  participant: null,
  session: null,
  activity: null,
  results: null,
  program: null,
  dayEnded: null,
  announcement: null,
  setPhase: (phase, joinError = null) => set({ phase, joinError }),
  setNickname: (nickname) => set({ nickname }),
  applySnapshot: (snapshot) =>
    set((state) => ({
      phase: phaseOf(snapshot, snapshot.program),
      joinError: null,
      participant: snapshot.participant,
      session: snapshot.session,
      activity: snapshot.activity,
      results: snapshot.results,
      program: snapshot.program,
      dayEnded: snapshot.program && snapshot.session.status !== 'live' ? state.dayEnded : null,
    })),
  applyState: (next) =>
    set((state) => ({
      phase: phaseOf(next, state.program),
      session: next.session,
      activity: next.activity,
      results: next.results,
      dayEnded:
        state.program && next.session.status === 'ended'
          ? (state.program.dayNumber ?? state.dayEnded)
          : state.dayEnded,
    })),
  applyResults: (results) => set((state) => (state.activity?.id === results.activityId ? { results } : {})),
  announce: (announcement) =>
    set((state) => ({ announcement: { ...announcement, n: (state.announcement?.n ?? 0) + 1 } })),
});
