import type { IncomingMessage } from 'node:http';
import type { Facilitator, Storage } from '../storage/index.js';
import { readSessionCookie } from './cookies.js';
import { hashToken } from './tokens.js';

export interface AuthSession {
  facilitator: Facilitator;
  /** Kept by long-lived sockets so each facilitator event can re-check that the login still stands. */
  tokenHash: string;
  /** Epoch ms when the login ends: a socket that came with it is closed then. */
  expiresAt: number;
}

/** The login a request's session cookie belongs to, or null. */
export async function authSessionFromRequest(
  storage: Storage,
  req: IncomingMessage,
): Promise<AuthSession | null> {
  const token = readSessionCookie(req);
  if (!token) return null;
  const tokenHash = hashToken(token);
  const login = await storage.facilitators.findAuthSession(tokenHash, Date.now());
  return login ? { ...login, tokenHash } : null;
}

export async function facilitatorFromRequest(
  storage: Storage,
  req: IncomingMessage,
): Promise<Facilitator | null> {
  return (await authSessionFromRequest(storage, req))?.facilitator ?? null;
}
