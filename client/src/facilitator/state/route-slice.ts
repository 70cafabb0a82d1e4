import type { SessionListItem } from '../../../../shared/protocol/views.js';
import type { SliceSet } from '../../common/slices.js';

/**
 * Pages of the facilitator app, one path each:
 * `/facilitator` home, `/facilitator/programs/new`, `/facilitator/programs/<id>` (its follow-up tab at
 * `/facilitator/programs/<id>/follow-up`, its report at `/facilitator/programs/<id>/report`), `/facilitator/reports`
 * (the center dashboard), `/facilitator/admin`,
 * `/facilitator/account`, `/facilitator/sessions` (quick sessions) and `/facilitator/s/<id>` (live console).
 */
export type Route =
  | { name: 'home' }
  | { name: 'newProgram' }
  | {
      name: 'program';
      programId: string;
      /** Opens on the follow-up (사후관리) tab instead of the agenda. */
      tab?: 'followUp';
      /** The follow-up form to open at once (from the home's list); not part of the address. */
      followUp?: { memberId: string; checkpointMonths: number };
    }
  | { name: 'programReport'; programId: string }
  | { name: 'reports' }
  | { name: 'admin' }
  | { name: 'account' }
  | { name: 'sessions' }
  | { name: 'console'; sessionId: string };

const BASE = '/facilitator';

export function routeFromPath(path: string): Route {
  const rest = path.startsWith(BASE) ? path.slice(BASE.length).replace(/\/+$/, '') : '';
  const console = /^\/s\/([^/]+)$/.exec(rest);
  if (console?.[1]) return { name: 'console', sessionId: decodeURIComponent(console[1]) };
  if (rest === '/programs/new') return { name: 'newProgram' };
  const report = /^\/programs\/([^/]+)\/report$/.exec(rest);
  if (report?.[1]) return { name: 'programReport', programId: decodeURIComponent(report[1]) };
  if (rest === '/reports') return { name: 'reports' };
  const program = /^\/programs\/([^/]+)(\/follow-up)?$/.exec(rest);
  if (program?.[1])
    return {
      name: 'program',
      programId: decodeURIComponent(program[1]),
      ...(program[2] ? { tab: 'followUp' as const } : {}),
    };
  if (rest === '/admin') return { name: 'admin' };
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
      return `${BASE}/programs/${encodeURIComponent(route.programId)}${route.tab === 'followUp' ? '/follow-up' : ''}`;
    case 'programReport':
      return `${BASE}/programs/${encodeURIComponent(route.programId)}/report`;
    case 'reports':
      return `${BASE}/reports`;
    case 'admin':
      return `${BASE}/admin`;
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
