import type { WireError } from '../../../shared/protocol/errors.js';
import type { SessionListItem } from '../../../shared/protocol/views.js';
import type { ActivityType } from '../../../shared/activities/types.js';
import { NETWORK_ERROR, SERVER_ERROR } from '../common/errors.js';
import type { ClientAck } from '../common/socket.js';

export interface Facilitator {
  id: string;
  email: string;
  name: string;
}

export interface ActivityDraft {
  type: ActivityType;
  title: string;
  config: unknown;
}

/** JSON over same-origin fetch; every outcome, network failure included, comes back as an ack. */
async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ClientAck<T>> {
  try {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => null)) as (T & { error?: WireError }) | null;
    if (response.ok && json) return { ok: true, data: json };
    if (json?.error) return { ok: false, error: json.error };
    return { ok: false, error: SERVER_ERROR };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

export const api = {
  authState: () => call<{ setupNeeded: boolean; facilitator: Facilitator | null }>('GET', '/api/auth/state'),
  setup: (body: { email: string; password: string; name: string }) =>
    call<{ facilitator: Facilitator }>('POST', '/api/auth/setup', body),
  login: (body: { email: string; password: string }) =>
    call<{ facilitator: Facilitator }>('POST', '/api/auth/login', body),
  logout: () => call<{ ok: true }>('POST', '/api/auth/logout', {}),
  listSessions: () => call<{ sessions: SessionListItem[] }>('GET', '/api/sessions'),
  createSession: (body: { title: string; activities: ActivityDraft[] }) =>
    call<{ session: { id: string; code: string; title: string } }>('POST', '/api/sessions', body),
};
