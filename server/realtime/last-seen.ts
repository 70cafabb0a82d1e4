import type { RealtimeContext } from './context.js';
import type { MoimSocket } from './types.js';

/**
 * A program member's last seen in a day (the roster's "15:40 마지막 접속"): the database is the record,
 * never a map of this process, so it holds across restarts and server processes. Written when a
 * phone joins (participant.ts), when it leaves, and for phones still there when their day ends.
 */

/**
 * A phone left. Only a program day's phone is written: quick sessions keep no roster, so nothing
 * reads their last seen and a room of phones leaving costs no writes.
 */
export async function phoneLeft(ctx: RealtimeContext, socket: MoimSocket, now = Date.now()): Promise<void> {
  const me = socket.data.participant;
  if (!me || !socket.data.member) return;
  await ctx.storage.participants.markSeen([me.id], now);
}

/**
 * A day's session ended: its phones still connected (on any process: the room is asked, through the
 * adapter) were there until the end. Their later disconnect cannot move it past the end (markSeen).
 */
export async function dayEnded(ctx: RealtimeContext, sessionId: string, now = Date.now()): Promise<void> {
  const online = await ctx.broadcaster.onlineParticipantIds(sessionId);
  await ctx.storage.participants.markSeen([...online], now);
}
