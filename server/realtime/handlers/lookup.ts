import { canRunSession } from '../../auth/access.js';
import { hashToken } from '../../auth/tokens.js';
import { AppError } from '../../errors.js';
import type { StoredSession } from '../../storage/index.js';
import type { RealtimeContext } from '../context.js';
import type { MoimSocket } from '../types.js';

/**
 * A session found by join code, counting misses per IP so codes cannot be enumerated. A phone that
 * proves with its rejoin token that it already belongs to the session is never held back: one
 * person mistyping codes behind a venue's shared address must not lock the room out.
 */
export async function sessionByCode(
  ctx: RealtimeContext,
  socket: MoimSocket,
  code: string,
  rejoinToken?: string,
): Promise<StoredSession> {
  const key = socket.data.ip;
  const record = await ctx.codeGuessLimiter.get(key);
  const session = await ctx.storage.sessions.findByCode(code);
  if (record && record.remainingPoints <= 0) {
    const member =
      session && rejoinToken
        ? await ctx.storage.participants.findByToken(session.id, hashToken(rejoinToken))
        : null;
    if (!member) throw new AppError('rate_limited');
  }
  if (!session) {
    await ctx.codeGuessLimiter.consume(key).catch(() => undefined);
    throw new AppError('session_not_found');
  }
  return session;
}

/**
 * The facilitator's own session. Someone else's session id gets the same answer as one that does
 * not exist, so ids reveal nothing.
 */
export async function ownSession(
  ctx: RealtimeContext,
  socket: MoimSocket,
  sessionId: string,
): Promise<StoredSession> {
  const session = await ctx.storage.sessions.findById(sessionId);
  const actor = socket.data.facilitator;
  if (!session || !actor || !(await canRunSession(ctx.storage, actor, session)))
    throw new AppError('session_not_found');
  return session;
}

export async function ownLiveSession(
  ctx: RealtimeContext,
  socket: MoimSocket,
  sessionId: string,
): Promise<StoredSession> {
  const session = await ownSession(ctx, socket, sessionId);
  if (session.status === 'ended') throw new AppError('session_ended');
  return session;
}

export async function activityOf(ctx: RealtimeContext, session: StoredSession, activityId: string) {
  const activity = await ctx.storage.activities.get(session.id, activityId);
  if (!activity) throw new AppError('activity_not_found');
  return activity;
}

/** Re-reads the session after a change and sends every audience its new state. */
export async function broadcastState(ctx: RealtimeContext, sessionId: string): Promise<StoredSession> {
  const session = await ctx.storage.sessions.findById(sessionId);
  if (!session) throw new AppError('session_not_found');
  await ctx.broadcaster.stateChanged(session);
  return session;
}
