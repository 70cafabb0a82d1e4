import { create } from 'zustand';
import {
  connectionSlice,
  langSlice,
  timerSlice,
  type ConnectionSlice,
  type LangSlice,
  type TimerSlice,
} from '../../common/slices.js';
import { agendaSlice, type AgendaSlice } from './agenda-slice.js';
import { authSlice, type AuthSlice } from './auth-slice.js';
import { consoleSlice, type ConsoleSlice } from './console-slice.js';
import { counselingConsoleSlice, type CounselingConsoleSlice } from './counseling-slice.js';
import { noticeSlice, type NoticeSlice } from './notice-slice.js';
import { programsSlice, type ProgramsSlice } from './programs-slice.js';
import { groupingsSlice, type GroupingsSlice } from './groupings-slice.js';
import { routeSlice, type RouteSlice } from './route-slice.js';
import { wavesSlice, type WavesSlice } from './waves-slice.js';

export type FacilitatorStore = LangSlice &
  ConnectionSlice &
  TimerSlice &
  AuthSlice &
  RouteSlice &
  ConsoleSlice &
  CounselingConsoleSlice &
  NoticeSlice &
  ProgramsSlice &
  AgendaSlice &
  GroupingsSlice &
  WavesSlice;

export const useFacilitatorStore = create<FacilitatorStore>()((set) => ({
  ...langSlice(set),
  ...connectionSlice(set),
  ...timerSlice(set),
  ...authSlice(set),
  ...routeSlice(set),
  ...consoleSlice(set),
  ...counselingConsoleSlice(set),
  ...noticeSlice(set),
  ...programsSlice(set),
  ...agendaSlice(set),
  ...groupingsSlice(set),
  ...wavesSlice(set),
}));

const initial = useFacilitatorStore.getState();

/** For tests: back to a fresh page. */
export function resetFacilitatorStore(): void {
  useFacilitatorStore.setState(initial, true);
}
