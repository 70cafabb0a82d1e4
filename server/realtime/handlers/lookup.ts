import { RateLimiterRes } from 'rate-limiter-flexible';
import { canRunSession } from '../../auth/access.js';
import { hashToken } from '../../auth/tokens.js';
import { AppError } from '../../errors.js';
import type { ProgramRef, StoredDay, StoredSession } from '../../storage/index.js';
import type { RealtimeContext } from '../context.js';
import type { MoimSocket } from '../types.js';
import { CODE_GUESSES_PER_WINDOW } from '../../limits/realtime-limits.js';

/** What a join code opens: a quick session, or a program (with its running day's session, if any). */
export type CodeTarget =
  | { kind: 'session'; session: StoredSession }
  | { kind: 'program'; program: ProgramRef; running: { session: StoredSession; day: StoredDay } | null };

async function targetOf(
  ctx: RealtimeContext,
  code: string,
): Promise<CodeTarget | 'ended' | 'program_ended' | null> {
  const session = await ctx.storage.sessions.findByCode(code);
  if (session && session.status !== 'ended') {
    if (session.programDayId === null) return { kind: 'session', session };
    const found = await ctx.storage.programs.dayById(session.programDayId);
    if (found) return { kind: 'program', program: found.program, running: { session, day: found.day } };
  }
  const program = await ctx.storage.programs.findByCode(code);
  if (program?.status === 'active') return { kind: 'program', program, running: null };
  if (program) return 'program_ended';
  return session ? 'ended' : null;
}

async function belongs(ctx: RealtimeContext, target: CodeTarget, rejoinToken: string): Promise<boolean> {
  const hash = hashToken(rejoinToken);
  return target.kind === 'session'
    ? (await ctx.storage.participants.findByToken(target.session.id, hash)) !== null
    : (await ctx.storage.members.findByToken(target.program.id, hash)) !== null;
}

/**
 * What a join code opens, counting misses per IP so codes cannot be enumerated. A miss is counted
 * in one atomic step and answered by that count, so misses sent all at once get at most
 * CODE_GUESSES_PER_WINDOW "not found" answers; over the limit every code, right or wrong, is
 * refused alike (a right one would tell the guesser it is right). A code that opens something
 * costs no write: a room of hundreds joining at once behind one address is never held back by its
 * own joins, and a reconnecting phone adds nothing to the database. A phone that proves with its
 * rejoin token that it already belongs passes even over the limit: one person mistyping codes
 * behind a venue's shared address must not lock the room out.
 */
export async function resolveCode(
  ctx: RealtimeContext,
  socket: MoimSocket,
  code: string,
  rejoinToken?: string,
): Promise<CodeTarget> {
  const key = socket.data.ip;
  const overLimit = async () =>
    ((await ctx.codeGuessLimiter.get(key))?.consumedPoints ?? 0) >= CODE_GUESSES_PER_WINDOW;
  // Refused before any lookup: an address over its limit cannot make the database work for it.
  if (!rejoinToken && (await overLimit())) throw new AppError('rate_limited');
  const target = await targetOf(ctx, code);
  if (target === null) {
    const counted = await ctx.codeGuessLimiter.consume(key).then(
      () => true,
      (refusal: unknown) => {
        // Over the limit the library rejects with its result; anything else is a failure to report.
        if (refusal instanceof RateLimiterRes) return false;
        throw refusal;
      },
    );
    throw new AppError(counted ? 'session_not_found' : 'rate_limited');
  }
  if (
    (await overLimit()) &&
    !(typeof target === 'object' && rejoinToken && (await belongs(ctx, target, rejoinToken)))
  )
    throw new AppError('rate_limited');
  if (target === 'ended') throw new AppError('session_ended');
  if (target === 'program_ended') throw new AppError('program_ended');
  return target;
}

/** A quick session by code (the projector's way in); a program's code opens its running day. */
export async function sessionByCode(
  ctx: RealtimeContext,
  socket: MoimSocket,
  code: string,
  rejoinToken?: string,
): Promise<StoredSession> {
  const target = await resolveCode(ctx, socket, code, rejoinToken);
  if (target.kind === 'session') return target.session;
  if (target.running) return target.running.session;
  throw new AppError('session_not_started');
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
