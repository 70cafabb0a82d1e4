import type { SessionListItem } from '../../../../shared/protocol/views.js';
import type { SliceSet } from '../../common/slices.js';

/**
 * Pages of the facilitator app, one path each:
 * `/facilitator` home, `/facilitator/programs/new`, `/facilitator/programs/<id>` (its follow-up tab at
 * `/facilitator/programs/<id>/follow-up`, its assessments tab at `…/assessments`, its satisfaction tab at
 * `…/satisfaction`, the blank satisfaction form to print at `…/print/satisfaction-form`), `/facilitator/admin`
 * (its download log at `/facilitator/admin/exports`),
 * `/facilitator/programs/<id>/report` (the program report), `/facilitator/reports` (the center dashboard),
 * `/facilitator/programs/<id>/print/attendance/<day>` and `…/print/completion` (A4 prints),
 * `/facilitator/account`, `/facilitator/sessions` (quick sessions) and `/facilitator/s/<id>` (live console).
 */
export type Route =
  | { name: 'home' }
  | { name: 'newProgram' }
  | {
      name: 'program';
      programId: string;
      /** Opens on the follow-up (사후관리), assessments (사전·사후 평가) or satisfaction tab instead of the agenda. */
      tab?: ProgramTab;
      /** The follow-up form to open at once (from the home's list); not part of the address. */
      followUp?: { memberId: string; checkpointMonths: number };
    }
  /** A4 prints of the roster: a day's 출석부 (day number) or the 수료 명단. */
  | { name: 'print'; programId: string; sheet: 'attendance'; day: number }
  | { name: 'print'; programId: string; sheet: 'completion' }
  /** The blank satisfaction form, a page of its own for printing. */
  | { name: 'satisfactionForm'; programId: string }
  | { name: 'programReport'; programId: string }
  | { name: 'reports' }
  | { name: 'admin' }
  | { name: 'adminExports' }
  | { name: 'account' }
  | { name: 'sessions' }
  | { name: 'console'; sessionId: string };

const BASE = '/facilitator';
const TAB_PATH = {
  agenda: '',
  followUp: '/follow-up',
  assessments: '/assessments',
  satisfaction: '/satisfaction',
} as const;
type ProgramTab = Exclude<keyof typeof TAB_PATH, 'agenda'>;
const TAB_OF_PATH = new Map<string, ProgramTab>(
  Object.entries(TAB_PATH).flatMap(([tab, path]) => (path ? [[path, tab as ProgramTab] as const] : [])),
);

export function routeFromPath(path: string): Route {
  const rest = path.startsWith(BASE) ? path.slice(BASE.length).replace(/\/+$/, '') : '';
  const console = /^\/s\/([^/]+)$/.exec(rest);
  if (console?.[1]) return { name: 'console', sessionId: decodeURIComponent(console[1]) };
  if (rest === '/programs/new') return { name: 'newProgram' };
  const print = /^\/programs\/([^/]+)\/print\/(?:attendance\/(\d{1,3})|(completion))$/.exec(rest);
  if (print?.[1]) {
    const programId = decodeURIComponent(print[1]);
    return print[3]
      ? { name: 'print', programId, sheet: 'completion' }
      : { name: 'print', programId, sheet: 'attendance', day: Number(print[2]) };
  }
  const form = /^\/programs\/([^/]+)\/print\/satisfaction-form$/.exec(rest);
  if (form?.[1]) return { name: 'satisfactionForm', programId: decodeURIComponent(form[1]) };
  const report = /^\/programs\/([^/]+)\/report$/.exec(rest);
  if (report?.[1]) return { name: 'programReport', programId: decodeURIComponent(report[1]) };
  if (rest === '/reports') return { name: 'reports' };
  const program = /^\/programs\/([^/]+)(\/[a-z-]+)?$/.exec(rest);
  const tab = program?.[2] ? TAB_OF_PATH.get(program[2]) : undefined;
  if (program?.[1] && (tab || !program[2]))
    return { name: 'program', programId: decodeURIComponent(program[1]), ...(tab ? { tab } : {}) };
  if (rest === '/admin') return { name: 'admin' };
  if (rest === '/admin/exports') return { name: 'adminExports' };
  if (rest === '/account') return { name: 'account' };
  if (rest === '/sessions') return { name: 'sessions' };
  return { name: 'home' };
}

export function pathOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return BASE;
    case 'newProgram':
      return `${BASE}/programs/new`;
    case 'program':
      return `${BASE}/programs/${encodeURIComponent(route.programId)}${TAB_PATH[route.tab ?? 'agenda']}`;
    case 'print':
      return `${BASE}/programs/${encodeURIComponent(route.programId)}/print/${
        route.sheet === 'attendance' ? `attendance/${route.day}` : 'completion'
      }`;
    case 'satisfactionForm':
      return `${BASE}/programs/${encodeURIComponent(route.programId)}/print/satisfaction-form`;
    case 'programReport':
      return `${BASE}/programs/${encodeURIComponent(route.programId)}/report`;
    case 'reports':
      return `${BASE}/reports`;
    case 'admin':
      return `${BASE}/admin`;
    case 'adminExports':
      return `${BASE}/admin/exports`;
    case 'account':
      return `${BASE}/account`;
    case 'sessions':
      return `${BASE}/sessions`;
    case 'console':
      return `${BASE}/s/${encodeURIComponent(route.sessionId)}`;
  }
}

export interface RouteSlice {
  route: Route;
  sessions: SessionListItem[] | null;
  setRoute: (route: Route) => void;
  setSessions: (sessions: SessionListItem[] | null) => void;
}

export const routeSlice = (set: SliceSet<RouteSlice>): RouteSlice => ({
  route: routeFromPath(window.location.pathname),
  sessions: null,
  setRoute: (route) => set({ route }),
  setSessions: (sessions) => set({ sessions }),
});
