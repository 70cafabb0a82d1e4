import type { Route } from './state/route-slice.js';
import { pathOf, routeFromPath } from './state/route-slice.js';
import { useFacilitatorStore } from './state/store.js';
import { api, type ActivityDraft } from './api.js';
import { disconnectSocket, reconnectSocket, watch } from './connection.js';
import type { ClientError } from '../common/errors.js';

const store = () => useFacilitatorStore.getState();

export async function loadSessions(): Promise<void> {
  const result = await api.listSessions();
  if (result.ok) store().setSessions(result.data.sessions);
  else if (result.error.code === 'not_authenticated') store().setAuth('login');
  else store().setActionError(result.error);
}

export function navigate(route: Route, replace = false): void {
  const path = pathOf(route);
  if (window.location.pathname !== path) {
    if (replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
  }
  store().clearConsole();
  store().setActionError(null);
  store().setRoute(route);
  if (route.name === 'console') void watch();
  else void loadSessions();
}

async function enter(): Promise<void> {
  reconnectSocket();
  navigate(store().route, true);
}

/** First visit: is there an account yet, and does this browser hold a valid login cookie? */
export async function startFacilitator(): Promise<void> {
  window.addEventListener('popstate', () => navigate(routeFromPath(window.location.pathname), true));
  const result = await api.authState();
  if (!result.ok) {
    store().setAuth('login');
    store().setActionError(result.error);
    return;
  }
  const { setupNeeded, facilitator } = result.data;
  if (facilitator) {
    store().setAuth('in', facilitator);
    await enter();
  } else {
    store().setAuth(setupNeeded ? 'setup' : 'login');
  }
}

export async function login(email: string, password: string): Promise<ClientError | null> {
  const result = await api.login({ email, password });
  if (!result.ok) return result.error;
  store().setAuth('in', result.data.facilitator);
  await enter();
  return null;
}

export async function setup(email: string, password: string, name: string): Promise<ClientError | null> {
  const result = await api.setup({ email, password, name });
  if (!result.ok) {
    if (result.error.code === 'setup_done') store().setAuth('login');
    return result.error;
  }
  store().setAuth('in', result.data.facilitator);
  await enter();
  return null;
}

export async function logout(): Promise<void> {
  await api.logout();
  disconnectSocket();
  store().clearConsole();
  store().setSessions(null);
  store().setAuth('login');
}

export async function createSession(title: string, activities: ActivityDraft[]): Promise<ClientError | null> {
  const result = await api.createSession({ title, activities });
  if (!result.ok) return result.error;
  navigate({ name: 'console', sessionId: result.data.session.id });
  return null;
}
