/**
 * The live room of the reporting scenario (bench/center-figures.ts): a program day running on the same
 * server child as the exports, 20 members on phones, each answering a single-choice poll once a second
 * (a new answer id each time: a changed vote), at its own phase within the second. Every answer's send
 * and ack times are kept, so the scenario can cut them into "without an export" and "during one".
 */
import { randomUUID } from 'node:crypto';
import type { ServerChild } from './server-child.js';
import { seededRandom } from './stats.js';
import { connectSocket, request, type AppSocket } from './targets.js';

export const ROOM_PHONES = 20;
const ANSWER_EVERY_MS = 1000;
const OPTION_IDS = ['a', 'b', 'c', 'd'];

export interface RoomAnswer {
  sentAt: number;
  ackAt: number | null;
  ok: boolean;
  errorCode: string | null;
}

export interface LiveRoom {
  answers: RoomAnswer[];
  /** Stops sending, waits (≤ 5 s) for the acks still out, closes the sockets. */
  stop(): Promise<void>;
}

export async function startLiveRoom(server: ServerChild, url: string, cookie: string): Promise<LiveRoom> {
  const seeded = await server.request<'seed:program'>({ type: 'seed:program', members: ROOM_PHONES });
  const startRes = await fetch(`${url}/api/programs/${seeded.programId}/days/${seeded.dayId}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: '{}',
  });
  if (startRes.status !== 200) throw new Error(`day start failed: ${startRes.status}`);
  const { sessionId } = (await startRes.json()) as { sessionId: string };
  const facilitator: AppSocket = await connectSocket(url, { cookie });
  await request(facilitator, 'session:watch', { sessionId });
  const activity = await request(facilitator, 'activity:add', {
    sessionId,
    activity: {
      type: 'poll-single',
      title: '지금 기분은 어떤가요?',
      config: { options: OPTION_IDS.map((id) => ({ id, label: `선택지 ${id}` })) },
    },
  });
  await request(facilitator, 'activity:open', { sessionId, activityId: activity.id });

  const phones: AppSocket[] = [];
  for (const m of seeded.members) {
    const socket: AppSocket = await connectSocket(url);
    await request(socket, 'participant:join', { code: seeded.code, rejoinToken: m.token });
    phones.push(socket);
  }

  const answers: RoomAnswer[] = [];
  const random = seededRandom(20_261_202);
  const timers = phones.map((socket, i) => {
    const send = () => {
      const answer: RoomAnswer = { sentAt: performance.now(), ackAt: null, ok: false, errorCode: null };
      answers.push(answer);
      socket.emit(
        'answer:submit',
        {
          activityId: activity.id,
          answerId: randomUUID(),
          value: { optionId: OPTION_IDS[Math.floor(random() * OPTION_IDS.length)] as string },
        },
        (ack) => {
          answer.ackAt = performance.now();
          answer.ok = ack.ok;
          answer.errorCode = ack.ok ? null : ack.error.code;
        },
      );
    };
    // Each phone at its own phase within the second, then once a second.
    let interval: NodeJS.Timeout | null = null;
    const first = setTimeout(
      () => {
        send();
        interval = setInterval(send, ANSWER_EVERY_MS);
      },
      (i * ANSWER_EVERY_MS) / phones.length,
    );
    return () => {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    };
  });

  return {
    answers,
    async stop() {
      for (const clear of timers) clear();
      const deadline = performance.now() + 5_000;
      while (answers.some((a) => a.ackAt === null) && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      for (const p of phones) p.close();
      facilitator.close();
    },
  };
}
