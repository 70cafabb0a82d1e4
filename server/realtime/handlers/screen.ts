import { screenWatchSchema } from '../../../shared/protocol/schemas.js';
import type { ScreenState } from '../../../shared/protocol/views.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import { sessionByCode } from './lookup.js';

export function screenHandlers(ctx: RealtimeContext) {
  const watch: Handler<typeof screenWatchSchema, ScreenState> = {
    audience: 'screen',
    schema: screenWatchSchema,
    handle: async (socket, payload) => {
      const session = await sessionByCode(ctx, socket, payload.code);
      if (socket.data.screenSessionId) await socket.leave(rooms.screens(socket.data.screenSessionId));
      socket.data.screenSessionId = session.id;
      await socket.join(rooms.screens(session.id));
      const online = await ctx.broadcaster.onlineParticipantIds(session.id);
      return ctx.views.screenState(session, online.size);
    },
  };
  return { 'screen:watch': watch };
}
