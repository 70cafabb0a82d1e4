import type { UserView } from '../../../shared/program/views.js';
import type { ClientError } from '../common/errors.js';
import { translate } from '../common/i18n.js';
import type { ClientAck } from '../common/socket.js';
import { api, type ActivityDraft } from './api.js';
import { disconnectSocket, loginExpired, reconnectSocket, watch } from './connection.js';
import { loadCenter } from './admin-actions.js';
import { loadColleagues, loadProgramPage, loadPrograms } from './program-actions.js';
import { isDirty } from './state/agenda-slice.js';
import type { Route } from './state/route-slice.js';
import { pathOf, routeFromPath } from './state/route-slice.js';
import { useFacilitatorStore } from './state/store.js';

const store = () => useFacilitatorStore.getState();

/** A refusal of any request: a lost login goes back to the login form; anything else is returned. */
export function refused<T>(result: ClientAck<T>): ClientError | null {
  if (result.ok) return null;
  if (result.error.code === 'not_authenticated') loginExpired(result.error);
  return result.error;
}

export async function loadSessions(): Promise<void> {
  const result = await api.listSessions();
  if (result.ok) store().setSessions(result.data.sessions);
  else store().setActionError(refused(result));
}

/** Where a user may go: a new password first when one is due, the admin page only for admins. */
function allowed(route: Route, user: UserView | null): Route {
  if (user?.mustChangePassword) return { name: 'account' };
  if ((route.name === 'admin' || route.name === 'adminExports') && user?.role !== 'admin')
    return { name: 'home' };
  return route;
}

function load(route: Route): void {
  switch (route.name) {
    case 'console':
      void watch();
      return;
    case 'sessions':
      void loadSessions();
      return;
    case 'home':
      void loadPrograms();
      return;
    case 'newProgram':
      void loadColleagues();
      return;
    case 'program':
      void loadProgramPage(route.programId);
      return;
    case 'admin':
      void loadCenter();
      return;
    case 'account':
    case 'print':
    case 'satisfactionForm':
    case 'adminExports':
      // These pages load what they show themselves (the download log a month at a time).
      return;
  }
}

/** Leaving the program page with unsaved agenda changes asks first. */
function mayLeave(next: Route): boolean {
  const state = store();
  const current = state.route;
  if (current.name !== 'program' || !isDirty(state)) return true;
  if (next.name === 'program' && next.programId === current.programId) return true;
  return window.confirm(translate('agenda.leaveConfirm'));
}

export function navigate(wanted: Route, replace = false): void {
  if (!mayLeave(wanted)) {
    // The browser already moved on a back/forward: put the address back.
    if (replace) window.history.pushState(null, '', pathOf(store().route));
    return;
  }
  const route = allowed(wanted, store().user);
  const path = pathOf(route);
  if (window.location.pathname !== path) {
    if (replace || route !== wanted) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
  }
  const previous = store().route;
  const sameProgram =
    previous.name === 'program' && route.name === 'program' && previous.programId === route.programId;
  store().clearConsole();
  store().setActionError(null);
  if (!sameProgram) {
    store().setProgram(null);
    store().setRoster(null);
    store().loadDraft(null);
  }
  store().setRoute(route);
  load(route);
}

async function enter(): Promise<void> {
  reconnectSocket();
  navigate(store().route, true);
}

/** First visit: is there an account yet, and does this browser hold a valid login cookie? */
export async function startFacilitator(): Promise<void> {
  window.addEventListener('popstate', () => navigate(routeFromPath(window.location.pathname), true));
  window.addEventListener('beforeunload', (event) => {
    if (isDirty(store())) event.preventDefault();
  });
  const result = await api.authState();
  if (!result.ok) {
    store().setAuth('login');
    store().setActionError(result.error);
    return;
  }
  const { setupNeeded, user } = result.data;
  if (user) {
    store().setAuth('in', user);
    await enter();
  } else {
    store().setAuth(setupNeeded ? 'setup' : 'login');
  }
}

export async function login(email: string, password: string): Promise<ClientError | null> {
  const result = await api.login({ email, password });
  if (!result.ok) return result.error;
  store().setAuth('in', result.data.user);
  await enter();
  return null;
}

export async function setup(body: {
  centerName: string;
  email: string;
  password: string;
  name: string;
}): Promise<ClientError | null> {
  const result = await api.setup(body);
  if (!result.ok) {
    if (result.error.code === 'setup_done') store().setAuth('login');
    return result.error;
  }
  store().setAuth('in', result.data.user);
  await enter();
  return null;
}

export async function logout(): Promise<void> {
  if (isDirty(store()) && !window.confirm(translate('agenda.leaveConfirm'))) return;
  await api.logout();
  disconnectSocket();
  store().clearConsole();
  store().setSessions(null);
  store().setPrograms(null);
  store().setProgram(null);
  store().setRoster(null);
  store().setCenter(null);
  store().loadDraft(null);
  store().setAuth('login');
}

/** Once the password is changed, the pages that waited for it open. */
export async function changePassword(
  currentPassword: string,
  newPassword: string,
): Promise<ClientError | null> {
  const result = await api.changePassword({ currentPassword, newPassword });
  if (!result.ok) return refused(result);
  const wasForced = store().user?.mustChangePassword === true;
  store().setUser(result.data.user);
  if (!wasForced) return null;
  // The socket's handshake saw a temporary password; a fresh one acts as a full facilitator.
  reconnectSocket();
  navigate({ name: 'home' });
  return null;
}

export async function createSession(title: string, activities: ActivityDraft[]): Promise<ClientError | null> {
  const result = await api.createSession({ title, activities });
  if (!result.ok) return refused(result);
  navigate({ name: 'console', sessionId: result.data.session.id });
  return null;
}
