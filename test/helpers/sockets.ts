import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../shared/protocol/errors.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io-client connection, websocket only, resolved once connected. */
export async function connect(
  url: string,
  options: { cookie?: string; origin?: string; headers?: Record<string, string> } = {},
): Promise<TestSocket> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return socket;
}

type EventArgs<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>;
type AckOf<E extends keyof ClientToServerEvents> = EventArgs<E>[1] extends (ack: infer A) => void ? A : never;

/** Emits an event and resolves with its acknowledgement. */
export function request<E extends keyof ClientToServerEvents>(
  socket: TestSocket,
  event: E,
  payload: EventArgs<E>[0],
): Promise<AckOf<E>> {
  // socket.io-client's typed emit cannot follow a generic event name; the event map still checks callers.
  return (
    socket.timeout(10_000) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<AckOf<E>> }
  ).emitWithAck(event, payload);
}

/** Like `request`, but fails the test unless the ack is ok; returns its data. */
export async function ok<E extends keyof ClientToServerEvents>(
  socket: TestSocket,
  event: E,
  payload: EventArgs<E>[0],
): Promise<AckOf<E> extends Ack<infer T> ? T : never> {
  const ack = (await request(socket, event, payload)) as Ack<unknown>;
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code}`);
  return ack.data as AckOf<E> extends Ack<infer T> ? T : never;
}

/** Resolves with the first `event` whose payload satisfies `predicate`. Never sleeps. */
export function waitFor<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  predicate: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!predicate(...args)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(args[0]);
    };
    socket.on(event, listener as never);
  });
}
