import { screenWatchSchema } from '../../../shared/protocol/schemas.js';
import type { ScreenState } from '../../../shared/protocol/views.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { enterLobby, rooms } from '../rooms.js';
import { AppError } from '../../errors.js';
import { resolveCode } from './lookup.js';

export function screenHandlers(ctx: RealtimeContext) {
  const watch: Handler<typeof screenWatchSchema, ScreenState> = {
    audience: 'screen',
    schema: screenWatchSchema,
    handle: async (socket, payload) => {
      const target = await resolveCode(ctx, socket, payload.code);
      // A program's projector stays in its lobby, so it hears when a day (also the next one) starts.
      if (target.kind === 'program') await enterLobby(socket, target.program.id);
      const session = target.kind === 'session' ? target.session : target.running?.session;
      if (!session) throw new AppError('session_not_started');
      if (socket.data.screenSessionId) await socket.leave(rooms.screens(socket.data.screenSessionId));
      socket.data.screenSessionId = session.id;
      await socket.join(rooms.screens(session.id));
      const online = await ctx.broadcaster.onlineParticipantIds(session.id);
      return ctx.views.screenState(session, online.size);
    },
  };
  return { 'screen:watch': watch };
}
