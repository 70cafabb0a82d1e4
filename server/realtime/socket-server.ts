import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { ErrorCode } from '../../shared/protocol/errors.js';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol/limits.js';
import { isAllowedOrigin } from '../auth/origin.js';
import { authSessionFromRequest } from '../auth/facilitator-session.js';
import { clientIp } from '../auth/client-ip.js';
import type { AppConfig } from '../config.js';
import { createRealtimeLimiters } from '../limits/realtime-limits.js';
import type { Logger } from '../logger.js';
import type { Storage } from '../storage/index.js';
import { AnswerWriter } from './answer-writer.js';
import { Broadcaster } from './broadcaster.js';
import { CounselingBroadcaster } from './counseling-broadcaster.js';
import type { RealtimeContext } from './context.js';
import { attachHandlers, createEventLimiters, type HandlerMap } from './dispatcher.js';
import { facilitatorModerationHandlers } from './handlers/facilitator-moderation.js';
import { facilitatorActivityHandlers } from './handlers/facilitator-activities.js';
import { facilitatorSessionHandlers } from './handlers/facilitator-session.js';
import { broadcastState } from './handlers/lookup.js';
import { participantHandlers } from './handlers/participant.js';
import { pinKey, programParticipantHandlers } from './handlers/program-participant.js';
import { memberConsentHandlers } from './handlers/member-consent.js';
import { facilitatorGroupingHandlers } from './handlers/facilitator-groupings.js';
import { screenHandlers } from './handlers/screen.js';
import { counselingMemberHandlers } from './handlers/counseling-member.js';
import { counselingNoteHandlers } from './handlers/counseling-notes.js';
import { counselingRunHandlers } from './handlers/counseling-run.js';
import { counselingRoundHandlers } from './handlers/counseling-rounds.js';
import { assessmentMemberHandlers } from './handlers/assessment-member.js';
import { testimonialMemberHandlers } from './handlers/testimonial-member.js';
import { waveHandlers } from './handlers/waves.js';
import { tellFacilitators, tellPersonal } from './counseling-notify.js';
import type { MoimServer, MoimSocket } from './types.js';
import { dayEnded, phoneLeft } from './last-seen.js';
import { rooms } from './rooms.js';
import { Views } from './views.js';

// The limits' numbers and reasons live with the limiters (server/limits/realtime-limits.ts).
export { CODE_GUESSES_PER_WINDOW } from '../limits/realtime-limits.js';

/** setTimeout's longest delay (about 24.8 days); a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A socket lives no longer than the login it came with: at the login's expiry it closes, even one
 * that only watches and sends nothing an event-time check could catch. The timer is this process's
 * own (it goes with the socket); the expiry it waits for is the database's.
 */
function closeAtLoginExpiry(socket: MoimSocket): () => void {
  const expiresAt = socket.data.loginExpiresAt;
  let timer: NodeJS.Timeout | undefined;
  const wait = () => {
    const left = (expiresAt ?? Infinity) - Date.now();
    if (left <= 0) return void socket.disconnect(true);
    if (left !== Infinity) timer = setTimeout(wait, Math.min(left, MAX_TIMER_MS)).unref();
  };
  wait();
  return () => clearTimeout(timer);
}

/** The hard cap engine.io enforces (it drops the connection); the soft cap above it gets an error ack. */
const TRANSPORT_MAX_BYTES = 4 * MAX_MESSAGE_BYTES;

export interface Realtime {
  io: MoimServer;
  writer: AnswerWriter;
  /** Phones waiting in a program's lobby: its day has started, join again. */
  dayStarted(programId: string, code: string): void;
  /**
   * A program day's session ended in storage (with its program, or overdue): its phones still there
   * are last seen at the end; facilitators, projectors and phones hear it.
   */
  sessionEnded(sessionId: string): Promise<void>;
  /** Participant rows with a phone in these sessions now, on any process (asked through the rooms). */
  onlineParticipantIds(sessionIds: readonly string[]): Promise<Set<string>>;
  /**
   * Phones of participant rows a merge removed, and of the merged duplicate member: out of those rooms,
   * and told to join again.
   */
  membersMerged(
    participantIds: string[],
    code: string,
    sessionIds: string[],
    fromMemberId: string,
  ): Promise<void>;
  pinReissued(programId: string, nickname: string): Promise<void>;
  /** Closes this user's facilitator sockets; on reconnecting the handshake decides what they may do. */
  userAccessChanged(userId: string): void;
  /** A login ended (logout): every socket that came with it closes at once, watching or not. */
  loginEnded(tokenHash: string): void;
  /** A new password ended the user's other logins: their sockets close, the kept login's stay. */
  otherLoginsEnded(userId: string, keptTokenHash: string): void;
  close(): Promise<void>;
}

export function createRealtime(
  httpServer: HttpServer,
  storage: Storage,
  config: AppConfig,
  logger: Logger,
): Realtime {
  const io: MoimServer = new Server(httpServer, {
    maxHttpBufferSize: TRANSPORT_MAX_BYTES,
    serveClient: false,
    // Cross-site pages may not open a socket at all: this covers WebSocket upgrades, which CORS does not.
    allowRequest: (req, callback) => callback(null, isAllowedOrigin(req, config)),
  });

  const views = new Views(storage);
  const broadcaster = new Broadcaster(io, storage, views, logger);
  const ctx: RealtimeContext = {
    storage,
    views,
    broadcaster,
    counseling: new CounselingBroadcaster(io, storage, broadcaster, logger),
    writer: new AnswerWriter(storage, logger),
    logger,
    config,
    // Counted in the database: they survive a restart and hold across server processes.
    ...createRealtimeLimiters(storage, (error) => logger.warn({ err: error }, 'rate limit sweep failed')),
  };

  const handlers = {
    ...participantHandlers(ctx),
    ...programParticipantHandlers(ctx),
    ...memberConsentHandlers(ctx),
    ...screenHandlers(ctx),
    ...facilitatorSessionHandlers(ctx, io),
    ...facilitatorActivityHandlers(ctx),
    ...facilitatorModerationHandlers(ctx),
    ...facilitatorGroupingHandlers(ctx),
    ...counselingMemberHandlers(ctx),
    ...counselingRunHandlers(ctx),
    ...counselingNoteHandlers(ctx),
    ...waveHandlers(ctx),
    ...assessmentMemberHandlers(ctx),
    ...testimonialMemberHandlers(ctx),
    ...counselingRoundHandlers(ctx, {
      activity: (id) => ctx.storage.counselingActivities.get(id),
      refreshPersonal: async (socket, activityId, memberIds) => {
        const activity = await ctx.storage.counselingActivities.get(activityId);
        if (activity) await tellPersonal(ctx, socket.nsp, activity, memberIds);
      },
      activityChanged: async (socket, activityId) => {
        const activity = await ctx.storage.counselingActivities.get(activityId);
        if (activity) await tellFacilitators(ctx, socket.nsp, activity);
      },
    }),
  } satisfies HandlerMap;

  io.use((socket, next) => {
    socket.data.ip = clientIp(socket.request, config.trustProxy);
    socket.data.participant = null;
    socket.data.member = null;
    socket.data.screenSessionId = null;
    socket.data.watchedSessionId = null;
    socket.data.registeredProgramIds = [];
    socket.data.lobbyProgramId = null;
    socket.data.loginExpiresAt = null;
    socket.data.loginUserId = null;
    socket.data.actsForLogin = false;
    authSessionFromRequest(storage, socket.request)
      .then(async (auth) => {
        socket.data.authTokenHash = auth?.tokenHash ?? null;
        socket.data.loginExpiresAt = auth?.expiresAt ?? null;
        socket.data.loginUserId = auth?.facilitator.id ?? null;
        // A temporary password opens only the password change, here as over HTTP: such a socket
        // acts for no one until an event of its finds the password changed (`loginRefusal`).
        socket.data.facilitator = auth && !auth.facilitator.mustChangePassword ? auth.facilitator : null;
        next();
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'socket authentication failed');
        next(new Error('internal'));
      });
  });

  const limiters = createEventLimiters();
  /** Each acting socket's expiry timer, cancelled when it disconnects (this process's own). */
  const loginTimers = new WeakMap<MoimSocket, () => void>();
  /**
   * A socket that acts for its login joins the rooms per login and per user — so ending the login
   * or changing the user's access reaches it on whichever process holds it — and closes at the
   * login's expiry. Joined before the login is re-read, so a logout in between still reaches it.
   */
  const actForLogin = async (socket: MoimSocket, hash: string) => {
    if (socket.data.actsForLogin || !socket.data.loginUserId) return;
    socket.data.actsForLogin = true;
    await socket.join([rooms.login(hash), rooms.user(socket.data.loginUserId)]);
    loginTimers.set(socket, closeAtLoginExpiry(socket));
  };
  const loginRefusal = async (socket: MoimSocket): Promise<ErrorCode | null> => {
    const hash = socket.data.authTokenHash;
    if (hash) await actForLogin(socket, hash);
    const current = hash ? await storage.facilitators.findByAuthSession(hash, Date.now()) : null;
    if (!current) {
      socket.data.facilitator = null;
      socket.data.authTokenHash = null;
      return 'not_authenticated';
    }
    if (current.mustChangePassword) {
      socket.data.facilitator = null;
      return 'password_change_required';
    }
    // A role changed since the handshake (an admin demoted) applies from this event on.
    socket.data.facilitator = current;
    return null;
  };
  io.on('connection', (socket) => {
    attachHandlers(socket, { handlers, limiters, logger, loginRefusal });
    socket.on('disconnect', () => {
      loginTimers.get(socket)?.();
      const me = socket.data.participant;
      if (!me) return;
      // Last seen is written before the console hears the phone left, so a console that reads the
      // roster on that news finds it there.
      phoneLeft(ctx, socket)
        .catch((error: unknown) => logger.error({ err: error }, 'last seen not written'))
        .finally(() => ctx.broadcaster.presenceChanged(me.sessionId));
    });
  });

  return {
    io,
    writer: ctx.writer,
    dayStarted: (programId, code) => {
      io.to(rooms.programLobby(programId)).emit('program:dayStarted', { code });
    },
    sessionEnded: async (sessionId) => {
      await dayEnded(ctx, sessionId);
      await broadcastState(ctx, sessionId);
    },
    onlineParticipantIds: async (sessionIds) => {
      const online = await Promise.all(sessionIds.map((id) => ctx.broadcaster.onlineParticipantIds(id)));
      return new Set(online.flatMap((ids) => [...ids]));
    },
    membersMerged: async (participantIds, code, sessionIds, fromMemberId) => {
      // Phones still holding a removed row, or the duplicate member, must not act through them: they
      // leave those rooms at once (their dispatcher then forgets the row and the member) and are told
      // to join again, once each. Through the rooms, so this reaches them on any process.
      const removed = new Set(participantIds);
      const phones = await io
        .in([...participantIds.map((id) => rooms.participant(id)), rooms.member(fromMemberId)])
        .fetchSockets();
      for (const phone of phones) {
        const me = phone.data.participant;
        if (me && removed.has(me.id)) {
          phone.leave(rooms.participants(me.sessionId));
          phone.leave(rooms.participant(me.id));
        }
        phone.leave(rooms.member(fromMemberId));
        phone.emit('program:dayStarted', { code });
      }
      for (const sessionId of sessionIds) await broadcastState(ctx, sessionId);
    },
    userAccessChanged: (userId) => {
      io.in(rooms.user(userId)).disconnectSockets(true);
    },
    loginEnded: (tokenHash) => {
      io.in(rooms.login(tokenHash)).disconnectSockets(true);
    },
    otherLoginsEnded: (userId, keptTokenHash) => {
      io.in(rooms.user(userId)).except(rooms.login(keptTokenHash)).disconnectSockets(true);
    },
    pinReissued: async (programId, nickname) => {
      const key = pinKey(programId, nickname);
      await Promise.all([ctx.pinLimiter.delete(key), ctx.legacyPinLimiter.delete(key)]);
    },
    close: async () => {
      ctx.broadcaster.close();
      ctx.counseling.close();
      await ctx.writer.drain();
      await io.close();
    },
  };
}
