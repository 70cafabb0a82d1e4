import type { Role } from '../../../shared/program/schemas.js';
import type { ClientError } from '../common/errors.js';
import { refused } from './actions.js';
import { api, type CenterChange } from './api.js';
import { useFacilitatorStore } from './state/store.js';

const store = () => useFacilitatorStore.getState();

/** The center admin page: the center, its users and every program, reloaded after each change. */
export async function loadCenter(): Promise<void> {
  const result = await api.center();
  if (result.ok) store().setCenter(result.data);
  else store().setActionError(refused(result));
}

export async function updateCenter(body: CenterChange): Promise<ClientError | null> {
  const result = await api.updateCenter(body);
  if (!result.ok) return refused(result);
  const user = store().user;
  if (user && body.name) store().setUser({ ...user, centerName: result.data.center.name });
  await loadCenter();
  return null;
}

export type TemporaryPassword = { email: string; name: string; password: string };

export async function createUser(body: {
  email: string;
  name: string;
  role: Role;
}): Promise<{ created: TemporaryPassword; error: null } | { created: null; error: ClientError }> {
  const result = await api.createUser(body);
  if (!result.ok) return { created: null, error: refused(result) ?? result.error };
  void loadCenter();
  const { user, temporaryPassword } = result.data;
  return { created: { email: user.email, name: user.name, password: temporaryPassword }, error: null };
}

export async function resetPassword(userId: string): Promise<TemporaryPassword | null> {
  const result = await api.resetPassword(userId);
  if (!result.ok) {
    store().setActionError(refused(result));
    return null;
  }
  void loadCenter();
  const { user, temporaryPassword } = result.data;
  return { email: user.email, name: user.name, password: temporaryPassword };
}

export async function updateUser(userId: string, body: { role?: Role; active?: boolean }): Promise<boolean> {
  const result = await api.updateUser(userId, body);
  if (!result.ok) {
    store().setActionError(refused(result));
    return false;
  }
  store().setActionError(null);
  await loadCenter();
  return true;
}
