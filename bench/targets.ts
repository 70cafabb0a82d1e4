/**
 * The client side of the two servers under test, behind one interface so the harness drives both
 * the same way: a facilitator per room watching summaries, participants that join and answer.
 */
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../shared/protocol/errors.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/events.js';
import type { BareClientEvents, BareServerEvents } from './ipc.js';

export interface RoomHandle {
  index: number;
  activityId: string;
  optionIds: string[];
  /** Called for each summary the facilitator receives for this room's activity. */
  onSummary: ((respondents: number, at: number) => void) | null;
  /** Called when the facilitator is sent answers by id. */
  onListed: ((answerIds: string[], at: number) => void) | null;
  close(): void;
}

export interface ParticipantHandle {
  answer(answerId: string, optionId: string, onAck: (ok: boolean, errorCode: string | null) => void): void;
  close(): void;
}

export interface Target {
  kind: 'app' | 'bare';
  createRooms(count: number, optionIds: string[]): Promise<RoomHandle[]>;
  joinParticipant(room: RoomHandle, nickname: string): Promise<ParticipantHandle>;
}

const now = () => performance.now();

export function connectSocket<L extends object, E extends object>(
  url: string,
  headers: Record<string, string> = {},
): Promise<Socket<L, E>> {
  const socket: Socket<L, E> = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 30_000,
    extraHeaders: headers,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type AppEvent = keyof ClientToServerEvents;
type AckData<E extends AppEvent> = Parameters<ClientToServerEvents[E]>[1] extends (ack: Ack<infer T>) => void
  ? T
  : never;

/** Emits a Moim event and returns its ack's data, or throws with the error code. */
export async function request<E extends AppEvent>(
  socket: AppSocket,
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
): Promise<AckData<E>> {
  // socket.io-client's typed emitWithAck cannot follow a generic event name; the map above checks callers.
  const emit = socket.timeout(30_000) as unknown as {
    emitWithAck: (e: string, p: unknown) => Promise<Ack<AckData<E>>>;
  };
  const ack = await emit.emitWithAck(event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error.code}`);
  return ack.data;
}

/** The real Moim server: HTTP login and session creation, then the wire contract of shared/protocol. */
export function appTarget(url: string, credentials: { email: string; password: string }): Target {
  let cookie: string | null = null;
  const codes = new Map<RoomHandle, string>();

  async function login(): Promise<string> {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }

  let created = 0;
  async function createRoom(optionIds: string[]): Promise<RoomHandle> {
    const index = created++;
    const sid = cookie as string;
    const res = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sid },
      body: JSON.stringify({
        title: `벤치마크 ${index + 1}`,
        activities: [
          {
            type: 'poll-single',
            title: '오늘 프로그램에서 가장 도움이 된 것은?',
            config: { options: optionIds.map((id) => ({ id, label: `선택지 ${id}` })) },
          },
        ],
      }),
    });
    if (res.status !== 201) throw new Error(`create session failed: ${res.status} ${await res.text()}`);
    const { session } = (await res.json()) as { session: { id: string; code: string } };

    const facilitator: AppSocket = await connectSocket(url, { cookie: sid });
    const snapshot = await request(facilitator, 'session:watch', { sessionId: session.id });
    const activityId = snapshot.activities[0]?.id;
    if (!activityId) throw new Error('created session has no activity');
    await request(facilitator, 'activity:open', { sessionId: session.id, activityId });

    const room: RoomHandle = {
      index,
      activityId,
      optionIds,
      onSummary: null,
      onListed: null,
      close: () => facilitator.close(),
    };
    facilitator.on('results:updated', (r) => {
      const at = now();
      if (r.activityId === activityId) room.onSummary?.(r.respondents, at);
    });
    facilitator.on('answers:updated', (u) => {
      const at = now();
      if (u.activityId === activityId && !u.replace)
        room.onListed?.(
          u.answers.map((a) => a.answerId),
          at,
        );
    });
    codes.set(room, session.code);
    return room;
  }

  return {
    kind: 'app',
    async createRooms(count, optionIds) {
      cookie ??= await login();
      const rooms: RoomHandle[] = [];
      // A few at a time: a facilitator's setup is not what we measure.
      for (let i = 0; i < count; i += 8) {
        const batch = Array.from({ length: Math.min(8, count - i) }, () => createRoom(optionIds));
        rooms.push(...(await Promise.all(batch)));
      }
      return rooms;
    },
    async joinParticipant(room, nickname) {
      const socket: AppSocket = await connectSocket(url);
      const code = codes.get(room) as string;
      await request(socket, 'participant:join', { code, nickname });
      return {
        answer(answerId, optionId, onAck) {
          socket.emit(
            'answer:submit',
            { activityId: room.activityId, answerId, value: { optionId } },
            (ack) => onAck(ack.ok, ack.ok ? null : ack.error.code),
          );
        },
        close: () => socket.close(),
      };
    },
  };
}

type BareSocket = Socket<BareServerEvents, BareClientEvents>;

/** The baseline: a socket.io server that acks at once and echoes one update per answer to the room's watcher. */
export function bareTarget(url: string): Target {
  let created = 0;
  return {
    kind: 'bare',
    async createRooms(count, optionIds) {
      const rooms: RoomHandle[] = [];
      for (let i = 0; i < count; i++) {
        const index = created++;
        const watcher: BareSocket = await connectSocket(url);
        await watcher.timeout(30_000).emitWithAck('watch', { room: `r${index}` });
        const activityId = `activity-${index}`;
        const room: RoomHandle = {
          index,
          activityId,
          optionIds,
          onSummary: null,
          onListed: null,
          close: () => watcher.close(),
        };
        watcher.on('updated', (u) => {
          const at = now();
          if (u.activityId !== activityId) return;
          room.onListed?.(u.answerIds, at);
          room.onSummary?.(u.respondents, at);
        });
        rooms.push(room);
      }
      return rooms;
    },
    async joinParticipant(room, nickname) {
      const socket: BareSocket = await connectSocket(url);
      await socket.timeout(30_000).emitWithAck('join', { room: `r${room.index}`, nickname });
      return {
        answer(answerId, optionId, onAck) {
          socket.emit('answer', { activityId: room.activityId, answerId, value: { optionId } }, (ack) =>
            onAck(ack.ok, null),
          );
        },
        close: () => socket.close(),
      };
    },
  };
}
