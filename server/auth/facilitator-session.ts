import type { IncomingMessage } from 'node:http';
import type { Facilitator, Storage } from '../storage/index.js';
import { readSessionCookie } from './cookies.js';
import { hashToken } from './tokens.js';

/** The facilitator a request's session cookie belongs to, or null. */
export async function facilitatorFromRequest(
  storage: Storage,
  req: IncomingMessage,
): Promise<Facilitator | null> {
  const token = readSessionCookie(req);
  if (!token) return null;
  return storage.facilitators.findByAuthSession(hashToken(token), Date.now());
}
