import { CENTER_TIME_ZONE, todayIn } from '../../../shared/program/dates.js';
import { programStanding, type ProgramStanding } from '../../../shared/program/standing.js';
import { MAX_PARTICIPANTS_PER_SESSION } from '../../../shared/protocol/limits.js';
import { IDLE_TIMER } from '../../../shared/session/timer.js';
import { answerSubmitSchema, participantJoinSchema } from '../../../shared/protocol/schemas.js';
import type { ParticipantSnapshot } from '../../../shared/protocol/views.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { AppError } from '../../errors.js';
import type { StoredParticipant, StoredSession } from '../../storage/index.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { enterLobby, enterMemberRoom, leaveMemberRoom, rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';
import { resolveCode, type CodeTarget } from './lookup.js';
import { memberRounds } from '../../counseling/rounds-view.js';
import { currentConsents } from './member-consent.js';
import { memberGroups } from '../groupings-view.js';
import { memberCounseling } from '../../counseling/views.js';
import { memberTestimonialOf } from '../../testimonials/member-view.js';

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

/** Moves a socket into one session's participant rooms (leaving any earlier ones). */
async function enterSession(
  ctx: RealtimeContext,
  socket: MoimSocket,
  session: StoredSession,
  participant: { id: string; nickname: string },
): Promise<void> {
  await leaveSession(socket);
  socket.data.participant = { id: participant.id, sessionId: session.id, nickname: participant.nickname };
  await socket.join([rooms.participants(session.id), rooms.participant(participant.id)]);
  await ctx.storage.participants.touch(participant.id);
  ctx.broadcaster.presenceChanged(session.id);
}

async function leaveSession(socket: MoimSocket): Promise<void> {
  const previous = socket.data.participant;
  if (!previous) return;
  await socket.leave(rooms.participants(previous.sessionId));
  await socket.leave(rooms.participant(previous.id));
  socket.data.participant = null;
}

async function snapshotOf(
  ctx: RealtimeContext,
  session: StoredSession,
  participant: { id: string; nickname: string },
  rejoinToken: string,
  program: ParticipantSnapshot['program'],
  member: ParticipantSnapshot['member'],
): Promise<ParticipantSnapshot> {
  const state = await ctx.views.participantState(session);
  const own = state.activity ? await ctx.storage.answers.findOwn(state.activity.id, participant.id) : null;
  return {
    ...state,
    participant: { id: participant.id, nickname: participant.nickname },
    rejoinToken,
    myAnswer: own ? { activityId: own.activityId, answerId: own.answerId, value: own.value } : null,
    program,
    member,
  };
}

/** Where a program with no day running stands today: what the waiting phone says comes next. */
async function standingOf(ctx: RealtimeContext, programId: string): Promise<ProgramStanding | null> {
  const detail = await ctx.storage.programs.detail(programId);
  if (!detail) return null;
  const days = detail.days.map((d) => ({
    number: d.number,
    date: d.date,
    startTime: d.startTime,
    ended: d.session?.status === 'ended',
  }));
  return programStanding(days, todayIn(CENTER_TIME_ZONE));
}

/** The member's group's current round in each open grouped activity: role and timer back on a (re)join. */
async function openRoundsOf(
  ctx: RealtimeContext,
  programId: string,
  memberId: string,
  sessionId: string | null,
) {
  const open = await ctx.storage.counselingActivities.listOpenForProgram(programId, sessionId);
  const grouped = open.filter((a) => a.groupingId !== null).map((a) => a.id);
  return memberRounds(ctx.storage, programId, memberId, grouped);
}

/**
 * A program's phone: known by its member token or asked to register. With a day running it joins
 * that day's session (recorded as attendance); otherwise it waits in the program's lobby.
 */
async function joinProgram(
  ctx: RealtimeContext,
  socket: MoimSocket,
  target: Extract<CodeTarget, { kind: 'program' }>,
  rejoinToken: string | undefined,
): Promise<ParticipantSnapshot> {
  const member = rejoinToken
    ? await ctx.storage.members.findByToken(target.program.id, hashToken(rejoinToken))
    : null;
  if (!member || !rejoinToken) throw new AppError('registration_required');
  // Back with a token: its registration can no longer be resent to mint another token and PIN.
  if (member.returnedAt === null) await ctx.storage.members.markReturned(member.id);
  // The token is proven: this phone hears what concerns the member and may send member events.
  await enterMemberRoom(socket, { id: member.id, programId: target.program.id });
  await enterLobby(socket, target.program.id);
  const memberState = {
    ...(await currentConsents(ctx.storage, member.id)),
    groups: await memberGroups(ctx.storage, target.program.id, member.id),
    counseling: await memberCounseling(ctx.storage, target.program.id, member.id),
    rounds: await openRoundsOf(ctx, target.program.id, member.id, target.running?.session.id ?? null),
    testimonial: await memberTestimonialOf(ctx.storage, target.program.id, member),
  };
  if (!target.running) {
    await leaveSession(socket);
    return {
      session: { code: target.program.code, title: target.program.title, status: 'draft' },
      activity: null,
      results: null,
      timer: IDLE_TIMER,
      serverNow: Date.now(),
      participant: { id: member.id, nickname: member.nickname },
      rejoinToken,
      myAnswer: null,
      program: {
        id: target.program.id,
        title: target.program.title,
        dayNumber: null,
        standing: await standingOf(ctx, target.program.id),
      },
      member: memberState,
    };
  }
  const { session, day } = target.running;
  const participant = await ctx.storage.members.participantFor(session.id, member);
  await ctx.storage.attendance.recordJoin(day.id, member.id);
  await enterSession(ctx, socket, session, participant);
  return snapshotOf(
    ctx,
    session,
    participant,
    rejoinToken,
    {
      id: target.program.id,
      title: target.program.title,
      dayNumber: day.number,
      standing: null,
    },
    memberState,
  );
}

export function participantHandlers(ctx: RealtimeContext) {
  const join: Handler<typeof participantJoinSchema, ParticipantSnapshot> = {
    audience: 'anyone',
    schema: participantJoinSchema,
    handle: async (socket: MoimSocket, payload) => {
      const target = await resolveCode(ctx, socket, payload.code, payload.rejoinToken);
      if (target.kind === 'program') return joinProgram(ctx, socket, target, payload.rejoinToken);
      const { session } = target;
      if (session.status === 'ended') throw new AppError('session_ended');
      const { participant, rejoinToken } = await identify(ctx, socket, session, payload);
      // A quick session's participant acts for no program member (a phone switching over leaves theirs).
      await leaveMemberRoom(socket);
      await enterSession(ctx, socket, session, participant);
      return snapshotOf(ctx, session, participant, rejoinToken, null, null);
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
