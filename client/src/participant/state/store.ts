import { create } from 'zustand';
import {
  connectionSlice,
  langSlice,
  timerSlice,
  type ConnectionSlice,
  type LangSlice,
  type TimerSlice,
} from '../../common/slices.js';
import { answersSlice, type AnswersSlice } from './answers-slice.js';
import { counselingSlice, type CounselingSlice } from './counseling-slice.js';
import { programSlice, type ProgramSlice } from './program-slice.js';
import { sessionSlice, type SessionSlice } from './session-slice.js';

export type ParticipantStore = LangSlice &
  ConnectionSlice &
  TimerSlice &
  SessionSlice &
  AnswersSlice &
  ProgramSlice &
  CounselingSlice;

/** The phone's one store; the connection module writes it, components read it through selectors. */
export const useParticipantStore = create<ParticipantStore>()((set) => ({
  ...langSlice(set),
  ...connectionSlice(set),
  ...timerSlice(set),
  ...sessionSlice(set),
  ...answersSlice(set),
  ...programSlice(set),
  ...counselingSlice(set),
}));

const initial = useParticipantStore.getState();

/** For tests: back to a fresh phone. */
export function resetParticipantStore(): void {
  useParticipantStore.setState(initial, true);
}
