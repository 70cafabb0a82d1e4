import type {
  CenterOverview,
  ProgramDetail,
  ProgramSummary,
  RosterView,
} from '../../../../shared/program/views.js';
import type { ClientError } from '../../common/errors.js';
import type { SliceSet } from '../../common/slices.js';
import type { Colleague } from '../api.js';

/** What the home, program and admin pages show, as the server last sent it. */
export interface ProgramsSlice {
  programs: ProgramSummary[] | null;
  /** The program of the program page; `programError` when it could not be loaded. */
  program: ProgramDetail | null;
  programError: ClientError | null;
  roster: RosterView | null;
  colleagues: Colleague[] | null;
  center: CenterOverview | null;
  setPrograms: (programs: ProgramSummary[] | null) => void;
  setProgram: (program: ProgramDetail | null, error?: ClientError | null) => void;
  setRoster: (roster: RosterView | null) => void;
  setColleagues: (colleagues: Colleague[] | null) => void;
  setCenter: (center: CenterOverview | null) => void;
}

export const programsSlice = (set: SliceSet<ProgramsSlice>): ProgramsSlice => ({
  programs: null,
  program: null,
  programError: null,
  roster: null,
  colleagues: null,
  center: null,
  setPrograms: (programs) => set({ programs }),
  setProgram: (program, programError = null) => set({ program, programError }),
  setRoster: (roster) => set({ roster }),
  setColleagues: (colleagues) => set({ colleagues }),
  setCenter: (center) => set({ center }),
});
