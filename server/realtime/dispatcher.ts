import type { z } from 'zod';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { wireError, type Ack, type ErrorCode } from '../../shared/protocol/errors.js';
import type { ClientToServerEvents } from '../../shared/protocol/events.js';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol/limits.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { MoimSocket } from './types.js';

/** Who may send an event. Checked before the payload is even parsed. */
export type Audience = 'participant' | 'screen' | 'facilitator' | 'anyone';

export interface Handler<S extends z.ZodType, R> {
  audience: Audience;
  schema: S;
  handle: (socket: MoimSocket, payload: z.output<S>) => Promise<R>;
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

function authorized(socket: MoimSocket, audience: Audience): ErrorCode | null {
  switch (audience) {
    case 'anyone':
      return null;
    case 'participant':
      return socket.data.participant ? null : 'not_joined';
    case 'screen':
      return null;
    case 'facilitator':
      return socket.data.facilitator ? null : 'forbidden';
  }
}

/**
 * Registers every handler on a socket. Each event runs the same pipeline:
 * rate limit → authorize → size check → validate (zod) → handler (change) → ack.
 * Broadcasting is the handler's last step. Bad input gets an error ack, never a disconnect.
 */
export interface EventLimiters {
  participant: RateLimiterMemory;
  facilitator: RateLimiterMemory;
}

/** Shared by all sockets of a server, keyed by socket id. */
export function createEventLimiters(): EventLimiters {
  return {
    participant: new RateLimiterMemory({ points: EVENTS_PER_SECOND, duration: EVENT_BURST_WINDOW_S }),
    facilitator: new RateLimiterMemory({
      points: FACILITATOR_EVENTS_PER_SECOND,
      duration: EVENT_BURST_WINDOW_S,
    }),
  };
}

export function attachHandlers(
  socket: MoimSocket,
  handlers: HandlerMap,
  limiters: EventLimiters,
  logger: Logger,
): void {
  const limiter = socket.data.facilitator ? limiters.facilitator : limiters.participant;
  const known = new Set(Object.keys(handlers));

  socket.onAny((event: string, ...args: unknown[]) => {
    const ack = args.at(-1);
    if (!known.has(event) && typeof ack === 'function') {
      (ack as (a: Ack<never>) => void)({ ok: false, error: wireError('invalid_payload') });
    }
  });

  for (const event of Object.keys(handlers) as EventName[]) {
    const handler = handlers[event];
    socket.on(event, async (...args: unknown[]) => {
      const ack = args.at(-1);
      // An event without an acknowledgement callback cannot be answered; ignore it.
      if (typeof ack !== 'function') return;
      const reply = ack as (a: Ack<unknown>) => void;
      const fail = (code: ErrorCode) => reply({ ok: false, error: wireError(code) });
      const payload = args.length > 1 ? args[0] : undefined;

      try {
        await limiter.consume(socket.id);
      } catch {
        return fail('rate_limited');
      }
      const refused = authorized(socket, handler.audience);
      if (refused) return fail(refused);
      if (Buffer.byteLength(JSON.stringify(payload ?? null)) > MAX_MESSAGE_BYTES)
        return fail('payload_too_large');
      const parsed = handler.schema.safeParse(payload);
      if (!parsed.success) return fail('invalid_payload');

      try {
        const data = await handler.handle(socket, parsed.data);
        reply({ ok: true, data });
      } catch (error) {
        if (error instanceof AppError) return fail(error.code);
        logger.error({ err: error, event }, 'handler failed');
        fail('internal');
      }
    });
  }
}
