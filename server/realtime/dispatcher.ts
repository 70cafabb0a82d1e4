import type { z } from 'zod';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { wireError, type Ack, type ErrorCode } from '../../shared/protocol/errors.js';
import type { ClientToServerEvents } from '../../shared/protocol/events.js';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol/limits.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { rooms } from './rooms.js';
import type { MoimSocket } from './types.js';

/** Who may send an event. Checked before the payload is even parsed. */
export type Audience = 'participant' | 'member' | 'screen' | 'facilitator' | 'anyone';

/**
 * One event's handler. `handle` authorizes against stored state, changes it and returns the ack
 * data; `broadcast` runs only after the ack has been sent, so a sender never waits on the room.
 * Method syntax on purpose: it lets a handler of a specific schema stand in the map of all handlers.
 */
export interface Handler<S extends z.ZodType, R> {
  audience: Audience;
  schema: S;
  handle(socket: MoimSocket, payload: z.output<S>): Promise<R>;
  broadcast?(socket: MoimSocket, payload: z.output<S>, result: R): Promise<void>;
}

type EventName = keyof ClientToServerEvents;
type AckData<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (ack: Ack<infer T>) => void
  ? T
  : never;

export type HandlerMap = {
  [E in EventName]: Handler<z.ZodType, AckData<E>>;
};

/** Per connection: a phone tapping fast is fine, a script flooding is not. */
export const EVENTS_PER_SECOND = 20;
/** A logged-in facilitator's console legitimately sends bursts (reorders, quick toggles). */
export const FACILITATOR_EVENTS_PER_SECOND = 100;
const EVENT_BURST_WINDOW_S = 1;

export interface EventLimiters {
  participant: RateLimiterAbstract;
  facilitator: RateLimiterAbstract;
}

/**
 * Shared by all sockets of a server, keyed by socket id. In memory on purpose: a socket lives on
 * one process, so its burst count is this process's alone.
 */
export function createEventLimiters(): EventLimiters {
  return {
    participant: new RateLimiterMemory({ points: EVENTS_PER_SECOND, duration: EVENT_BURST_WINDOW_S }),
    facilitator: new RateLimiterMemory({
      points: FACILITATOR_EVENTS_PER_SECOND,
      duration: EVENT_BURST_WINDOW_S,
    }),
  };
}

export interface DispatchDeps {
  handlers: HandlerMap;
  limiters: EventLimiters;
  logger: Logger;
  /**
   * Re-reads the socket's login on every facilitator event, not only at connect: null when it may
   * act, else why not (the login is gone, or its password is a temporary one).
   */
  loginRefusal: (socket: MoimSocket) => Promise<ErrorCode | null>;
}

async function refusal(
  socket: MoimSocket,
  audience: Audience,
  deps: DispatchDeps,
): Promise<ErrorCode | null> {
  switch (audience) {
    case 'anyone':
    case 'screen':
      return null;
    case 'participant':
      return socket.data.participant ? null : 'not_joined';
    case 'member':
      // A program's phone that proved its member token, joined to a day or waiting in the lobby.
      return socket.data.member ? null : 'not_joined';
    case 'facilitator':
      if (!socket.data.authTokenHash) return 'forbidden';
      return deps.loginRefusal(socket);
  }
}

/**
 * A merge of program members takes a phone's participant row (and member) away by moving it out of
 * that row's room and the member's (on whichever process holds the socket): from its next event on,
 * it has not joined.
 */
function forgetRemovedParticipant(socket: MoimSocket): void {
  const me = socket.data.participant;
  if (me && !socket.rooms.has(rooms.participant(me.id))) socket.data.participant = null;
  // Likewise the merged duplicate member: moved out of `member:<id>`, it acts for no member until it joins again.
  const member = socket.data.member;
  if (member && !socket.rooms.has(rooms.member(member.id))) socket.data.member = null;
}

/**
 * Registers every handler on a socket. Each event runs the same pipeline:
 * rate limit → authorize → size check → validate (zod) → handler (change) → ack → broadcast.
 * Bad input gets an error ack, never a disconnect, and nothing a client sends can throw past here.
 */
export function attachHandlers(socket: MoimSocket, deps: DispatchDeps): void {
  const { handlers, logger } = deps;
  const known = new Set(Object.keys(handlers));

  socket.onAny((event: string, ...args: unknown[]) => {
    const ack = args.at(-1);
    if (!known.has(event) && typeof ack === 'function') {
      (ack as (a: Ack<never>) => void)({ ok: false, error: wireError('invalid_payload') });
    }
  });

  for (const event of Object.keys(handlers) as EventName[]) {
    const handler = handlers[event];
    socket.on(event, (...args: unknown[]) => {
      const ack = args.at(-1);
      // An event without an acknowledgement callback cannot be answered; ignore it.
      if (typeof ack !== 'function') return;
      const payload = args.length > 1 ? args[0] : undefined;
      dispatch(handler, payload, ack as (a: Ack<unknown>) => void).catch((error: unknown) =>
        logger.error({ err: error, event }, 'dispatch failed'),
      );
    });
  }

  async function dispatch(
    handler: Handler<z.ZodType, unknown>,
    payload: unknown,
    reply: (a: Ack<unknown>) => void,
  ) {
    const fail = (code: ErrorCode) => reply({ ok: false, error: wireError(code) });
    let parsed: unknown;
    try {
      // Chosen per event: a login whose temporary password was changed since the handshake gets
      // the console's allowance from then on.
      const limiter = socket.data.authTokenHash ? deps.limiters.facilitator : deps.limiters.participant;
      await limiter.consume(socket.id);
    } catch {
      return fail('rate_limited');
    }
    try {
      forgetRemovedParticipant(socket);
      const refused = await refusal(socket, handler.audience, deps);
      if (refused === 'not_authenticated') {
        // The login is gone (expired, or ended where no room reached this socket): after the answer
        // the socket closes, or one that only watches would keep receiving what its rooms get.
        fail(refused);
        socket.disconnect(true);
        return;
      }
      if (refused) return fail(refused);
      if (Buffer.byteLength(JSON.stringify(payload ?? null)) > MAX_MESSAGE_BYTES)
        return fail('payload_too_large');
      const result = handler.schema.safeParse(payload);
      if (!result.success) return fail('invalid_payload');
      parsed = result.data;
    } catch {
      // e.g. a payload nested deeply enough to overflow the stack while being measured or parsed.
      return fail('invalid_payload');
    }

    let data: unknown;
    try {
      data = await handler.handle(socket, parsed);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code);
      logger.error({ err: error }, 'handler failed');
      return fail('internal');
    }
    reply({ ok: true, data });
    if (handler.broadcast) await handler.broadcast(socket, parsed, data);
  }
}
