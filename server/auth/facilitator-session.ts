import type { IncomingMessage } from 'node:http';
import type { Facilitator, Storage } from '../storage/index.js';
import { readSessionCookie } from './cookies.js';
import { hashToken } from './tokens.js';

export interface AuthSession {
  facilitator: Facilitator;
  /** Kept by long-lived sockets so each facilitator event can re-check that the login still stands. */
  tokenHash: string;
}

/** The login a request's session cookie belongs to, or null. */
export async function authSessionFromRequest(
  storage: Storage,
  req: IncomingMessage,
): Promise<AuthSession | null> {
  const token = readSessionCookie(req);
  if (!token) return null;
  const tokenHash = hashToken(token);
  const facilitator = await storage.facilitators.findByAuthSession(tokenHash, Date.now());
  return facilitator ? { facilitator, tokenHash } : null;
}

export async function facilitatorFromRequest(
  storage: Storage,
  req: IncomingMessage,
): Promise<Facilitator | null> {
  return (await authSessionFromRequest(storage, req))?.facilitator ?? null;
}
