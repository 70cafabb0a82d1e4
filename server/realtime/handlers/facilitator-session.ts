import type { z } from 'zod';
import * as S from '../../../shared/protocol/schemas.js';
import {
  IDLE_TIMER,
  pauseTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from '../../../shared/session/timer.js';
import type { FacilitatorSnapshot } from '../../../shared/protocol/views.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { dayEnded } from '../last-seen.js';
import { rooms } from '../rooms.js';
import type { MoimServer } from '../types.js';
import { broadcastState, ownLiveSession, ownSession } from './lookup.js';

/** Watching a session, its timer and ending it (moderation: `facilitator-moderation.ts`). */
export function facilitatorSessionHandlers(ctx: RealtimeContext, io: MoimServer) {
  const { storage, views, broadcaster } = ctx;

  const watch: Handler<typeof S.sessionWatchSchema, FacilitatorSnapshot> = {
    audience: 'facilitator',
    schema: S.sessionWatchSchema,
    handle: async (socket, p) => {
      const session = await ownSession(ctx, socket, p.sessionId);
      // A console follows one session: switching leaves the previous one's updates behind.
      const previous = socket.data.watchedSessionId;
      if (previous && previous !== session.id) await socket.leave(rooms.facilitators(previous));
      socket.data.watchedSessionId = session.id;
      await socket.join(rooms.facilitators(session.id));
      // A program day's console also hears the program's groupings (they outlive the day).
      const day = session.programDayId ? await storage.programs.dayById(session.programDayId) : null;
      if (day) await socket.join(rooms.programFacilitators(day.program.id));
      return views.facilitatorSnapshot(session, await broadcaster.onlineParticipantIds(session.id));
    },
  };

  const end: Handler<typeof S.sessionEndSchema, null> = {
    audience: 'facilitator',
    schema: S.sessionEndSchema,
    handle: async (socket, p) => {
      const session = await ownLiveSession(ctx, socket, p.sessionId);
      await storage.sessions.end(session.id);
      // A program day's phones still here stay until the end in the roster (quick sessions keep none).
      if (session.programDayId) await dayEnded(ctx, session.id);
      return null;
    },
    broadcast: async (_socket, p) => {
      await broadcastState(ctx, p.sessionId);
    },
  };

  /** Timer changes are computed from the server clock and sent with it, so every device agrees. */
  function timerHandler<Sch extends z.ZodType<{ sessionId: string }>>(
    schema: Sch,
    next: (current: TimerState, payload: z.output<Sch>, now: number) => TimerState,
  ): Handler<Sch, TimerState> {
    return {
      audience: 'facilitator',
      schema,
      handle: async (socket, p) => {
        const session = await ownLiveSession(ctx, socket, p.sessionId);
        const timer = next(session.timer, p, Date.now());
        await storage.sessions.setTimer(session.id, timer);
        return timer;
      },
      broadcast: async (_socket, p, timer) => {
        const audiences = [
          rooms.facilitators(p.sessionId),
          rooms.screens(p.sessionId),
          rooms.participants(p.sessionId),
        ];
        io.to(audiences).emit('timer:updated', { sessionId: p.sessionId, timer, serverNow: Date.now() });
      },
    };
  }

  return {
    'session:watch': watch,
    'session:end': end,
    'timer:start': timerHandler(S.timerStartSchema, (_timer, p, now) => startTimer(p.durationMs, now)),
    'timer:pause': timerHandler(S.timerControlSchema, (timer, _p, now) => pauseTimer(timer, now)),
    'timer:resume': timerHandler(S.timerControlSchema, (timer, _p, now) => resumeTimer(timer, now)),
    'timer:reset': timerHandler(S.timerControlSchema, () => IDLE_TIMER),
  };
}
