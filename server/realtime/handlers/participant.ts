import { MAX_PARTICIPANTS_PER_SESSION } from '../../../shared/protocol/limits.js';
import { answerSubmitSchema, participantJoinSchema } from '../../../shared/protocol/schemas.js';
import type { ParticipantSnapshot } from '../../../shared/protocol/views.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { AppError } from '../../errors.js';
import type { StoredParticipant, StoredSession } from '../../storage/index.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';
import { sessionByCode } from './lookup.js';

/** Same phone → same participant (rejoin token); otherwise a new participant with a fresh token. */
async function identify(
  ctx: RealtimeContext,
  socket: MoimSocket,
  session: StoredSession,
  payload: { nickname?: string | undefined; rejoinToken?: string | undefined },
): Promise<{ participant: StoredParticipant; rejoinToken: string }> {
  if (payload.rejoinToken) {
    const known = await ctx.storage.participants.findByToken(session.id, hashToken(payload.rejoinToken));
    if (known) return { participant: known, rejoinToken: payload.rejoinToken };
  }
  if (!payload.nickname) throw new AppError('nickname_required');
  // One connection, one person: a socket in this session cannot mint further participants.
  if (socket.data.participant?.sessionId === session.id) throw new AppError('already_joined');
  if ((await ctx.storage.participants.count(session.id)) >= MAX_PARTICIPANTS_PER_SESSION) {
    throw new AppError('session_full');
  }
  const rejoinToken = newToken();
  const created = await ctx.storage.participants.create(session.id, payload.nickname, hashToken(rejoinToken));
  if (!created) throw new AppError('nickname_taken');
  return { participant: created, rejoinToken };
}

export function participantHandlers(ctx: RealtimeContext) {
  const join: Handler<typeof participantJoinSchema, ParticipantSnapshot> = {
    audience: 'anyone',
    schema: participantJoinSchema,
    handle: async (socket: MoimSocket, payload) => {
      const session = await sessionByCode(ctx, socket, payload.code, payload.rejoinToken);
      if (session.status === 'ended') throw new AppError('session_ended');
      const { participant, rejoinToken } = await identify(ctx, socket, session, payload);

      const previous = socket.data.participant;
      if (previous) {
        await socket.leave(rooms.participants(previous.sessionId));
        await socket.leave(rooms.participant(previous.id));
      }
      socket.data.participant = { id: participant.id, sessionId: session.id, nickname: participant.nickname };
      await socket.join([rooms.participants(session.id), rooms.participant(participant.id)]);
      await ctx.storage.participants.touch(participant.id);
      ctx.broadcaster.presenceChanged(session.id);

      const state = await ctx.views.participantState(session);
      const own = state.activity
        ? await ctx.storage.answers.findOwn(state.activity.id, participant.id)
        : null;
      return {
        ...state,
        participant: { id: participant.id, nickname: participant.nickname },
        rejoinToken,
        myAnswer: own ? { activityId: own.activityId, answerId: own.answerId, value: own.value } : null,
      };
    },
  };

  const submit: Handler<typeof answerSubmitSchema, { answerId: string; duplicate: boolean }> = {
    audience: 'participant',
    schema: answerSubmitSchema,
    handle: async (socket, payload) => {
      const me = socket.data.participant;
      if (!me) throw new AppError('not_joined');
      const result = await ctx.writer.submit({
        sessionId: me.sessionId,
        participantId: me.id,
        activityId: payload.activityId,
        answerId: payload.answerId,
        value: payload.value,
      });
      if (!result.ok) throw new AppError(result.code);
      if (result.stored)
        ctx.broadcaster.answerStored(me.sessionId, { ...result.stored, nickname: me.nickname });
      return { answerId: payload.answerId, duplicate: result.duplicate };
    },
  };

  return { 'participant:join': join, 'answer:submit': submit };
}
