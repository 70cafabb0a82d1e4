import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../../shared/protocol/errors.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol/events.js';
import { NETWORK_ERROR, TIMEOUT_ERROR, type ClientError } from './errors.js';

export type MoimSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long an acknowledgement may take before the request counts as lost (it may be resent). */
export const ACK_TIMEOUT_MS = 10_000;

/** Same-origin socket, not connected yet: each page connects when it knows who it is. */
export function createSocket(): MoimSocket {
  return io({ autoConnect: false, reconnectionDelayMax: 5_000 });
}

type EventName = keyof ClientToServerEvents;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type DataOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[1] extends (ack: Ack<infer T>) => void
  ? T
  : never;

export type ClientAck<T> = { ok: true; data: T } | { ok: false; error: ClientError };

/**
 * Emits an event and resolves with its acknowledgement. Never rejects: a disconnect or a timeout
 * becomes a local error, so callers handle every outcome in one place.
 */
export function request<E extends EventName>(
  socket: MoimSocket,
  event: E,
  payload: PayloadOf<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<ClientAck<DataOf<E>>> {
  if (!socket.connected) return Promise.resolve({ ok: false, error: NETWORK_ERROR });
  // socket.io's typed emit cannot follow a generic event name; the event maps above keep this honest.
  const timed = socket.timeout(timeoutMs) as unknown as {
    emit(event: E, payload: PayloadOf<E>, cb: (err: Error | null, ack: Ack<DataOf<E>>) => void): void;
  };
  return new Promise((resolve) => {
    timed.emit(event, payload, (err, ack) => {
      if (err) resolve({ ok: false, error: socket.connected ? TIMEOUT_ERROR : NETWORK_ERROR });
      else resolve(ack);
    });
  });
}
