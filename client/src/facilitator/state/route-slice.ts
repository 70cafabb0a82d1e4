import type { SessionListItem } from '../../../../shared/protocol/views.js';
import type { SliceSet } from '../../common/slices.js';

/** `/facilitator` lists sessions; `/facilitator/s/<id>` is the console of one. */
export type Route = { name: 'list' } | { name: 'console'; sessionId: string };

export function routeFromPath(path: string): Route {
  const match = /^\/facilitator\/s\/([^/]+)\/?$/.exec(path);
  return match?.[1] ? { name: 'console', sessionId: decodeURIComponent(match[1]) } : { name: 'list' };
}

export function pathOf(route: Route): string {
  return route.name === 'console' ? `/facilitator/s/${encodeURIComponent(route.sessionId)}` : '/facilitator';
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
