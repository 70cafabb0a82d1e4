import { afterAll, describe, expect, it } from 'vitest';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { openDatabase } from '../../server/db/database.js';
import { openStorage } from '../../server/storage/index.js';
import { createSession, createUser, login } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import { addMember } from '../integration/program-fixtures.js';
import { ChaosClient, KillableServer, planGoal, prng, type ChaosStats } from './chaos-client.js';
import { countFromEnv, DATABASES, seedFromEnv } from './robust-app.js';

/**
 * Many phones answer, change their answers, drop and reconnect at random and resend what was not
 * acked, while the server is SIGKILLed and restarted on the same database. Afterwards every acked
 * answer is stored once and each phone's stored answer is its last acked one; the program's members
 * also write an action plan's goal (counseling member answers), with the same guarantees. `npm test` runs 80
 * phones and one kill; `CHAOS_CLIENTS=300 CHAOS_KILLS=2 npm run chaos` runs the probe's size.
 */
const CLIENTS = countFromEnv('CHAOS_CLIENTS', 80);
const KILLS = countFromEnv('CHAOS_KILLS', 1);
const ACTIONS = countFromEnv('CHAOS_ACTIONS', 12);
const SEED = seedFromEnv('CHAOS_SEED', 9_2026);
const DROP_CHANCE = 0.15;

const scale = {
  type: 'scale',
  title: '오늘의 만족도',
  config: { min: 1, max: 5, minLabel: '낮음', maxLabel: '높음' },
};

interface Room {
  code: string;
  activityId: string;
  range: { min: number; max: number };
}

/** A center, a program with today's day (its agenda has a scale) and its members, written before the server runs. */
async function seed(databaseUrl: string, members: number) {
  const storage = await openStorage(databaseUrl);
  try {
    const user = await createUser(storage, { role: 'admin' });
    const program = await storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: {
        title: '혼돈 시험',
        group: '청년',
        facilitatorIds: [user.id],
        templateId: null,
        trackId: null,
        days: [
          {
            date: todayIn(CENTER_TIME_ZONE),
            startTime: '10:00',
            endTime: '12:00',
            modules: [
              {
                key: 'm',
                moduleId: null,
                title: '1일차',
                minutes: 60,
                activities: [{ key: 's', type: 'scale', title: '자신감', minutes: 5 }],
              },
            ],
          },
        ],
      },
    });
    const tokens: string[] = [];
    for (let i = 0; i < members; i++) tokens.push((await addMember(storage, program.id, `회원${i}`)).token);
    return { user, program, tokens };
  } finally {
    await storage.close();
  }
}

/** Opens the room's one activity and returns what a phone needs to answer it. */
async function openActivity(facilitator: TestSocket, sessionId: string, code: string): Promise<Room> {
  const activity = (await ok(facilitator, 'session:watch', { sessionId })).activities.find(
    (a) => a.type === 'scale',
  )!;
  await ok(facilitator, 'activity:open', { sessionId, activityId: activity.id });
  const config = activity.config as { min: number; max: number };
  return { code, activityId: activity.id, range: { min: config.min, max: config.max } };
}

describe.each(DATABASES)('answers under chaos on $name', (db) => {
  let server: KillableServer | null = null;
  let drop: (() => Promise<void>) | null = null;
  afterAll(async () => {
    await server?.stop();
    await drop?.();
  });

  it.skipIf(db.unavailable !== null)(
    'phones drop, reconnect and resend while the server is killed: every acked answer stored once, the last acked one kept',
    { timeout: Math.max(90_000, CLIENTS * ACTIONS * 50) },
    async () => {
      const database = await db.create();
      drop = database.drop;
      const programClients = Math.floor(CLIENTS / 2);
      const { user, program, tokens } = await seed(database.url, programClients);
      server = await KillableServer.start(database.url);
      const live = server;
      const base = { url: live.url };

      // Set-up while the server is calm: a quick session and the program's day, each with a scale open.
      const cookie = await login(base, user.email);
      const quick = await createSession(base, cookie, { title: '혼돈 빠른 모임', activities: [scale] });
      const started = await fetch(
        `${live.url}/api/programs/${program.id}/days/${program.days[0]!.id}/start`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: '{}',
        },
      );
      expect(started.status).toBe(200);
      const daySessionId = ((await started.json()) as { sessionId: string }).sessionId;
      const facilitator = await connect(live.url, { cookie });
      const quickRoom = await openActivity(facilitator, quick.id, quick.code);
      const dayRoom = await openActivity(facilitator, daySessionId, program.code);
      // Beside it, a self-paced action plan the members' phones write their goal in (member answers).
      const plan = await ok(facilitator, 'counseling:open', {
        programId: program.id,
        sessionId: daySessionId,
        type: 'action-plan',
        title: '실행 계획',
      });
      facilitator.disconnect();

      const random = prng(SEED);
      const stats: ChaosStats = { acks: 0, resends: 0, drops: 0, reconnects: 0, failures: [] };
      const clients: ChaosClient[] = [];
      for (let i = 0; i < CLIENTS - programClients; i++) {
        // A quick session's phone joins once by nickname; from then on only its token brings it back.
        const socket = await connect(live.url);
        const joined = await ok(socket, 'participant:join', { code: quick.code, nickname: `사람${i}` });
        socket.disconnect();
        const c = new ChaosClient(
          `quick#${i}`,
          live,
          quick.code,
          joined.rejoinToken,
          quickRoom.activityId,
          quickRoom.range,
          stats,
          random,
        );
        c.participantId = joined.participant.id;
        clients.push(c);
      }
      tokens.forEach((token, i) => {
        const c = new ChaosClient(
          `member#${i}`,
          live,
          program.code,
          token,
          dayRoom.activityId,
          dayRoom.range,
          stats,
          random,
        );
        c.planActivityId = plan.id;
        clients.push(c);
      });

      // The kills come when given shares of the expected acks have arrived: mid-run, not at a time.
      const expectedAcks = CLIENTS * ACTIONS * (1 - DROP_CHANCE);
      const killPoints = Array.from(
        { length: KILLS },
        (_, k) => ((k + 1) / (KILLS + 1)) * 0.8 * expectedAcks,
      );
      const kills: Promise<void>[] = [];
      let killing: Promise<void> | null = null;
      const maybeKill = () => {
        if (killing || kills.length >= KILLS || stats.acks < killPoints[kills.length]!) return;
        killing = live
          .killAndRestart()
          .catch((e: unknown) => {
            console.error('RESTART FAILED', e);
          })
          .finally(() => (killing = null));
        kills.push(killing);
      };

      await Promise.all(
        clients.map(async (client) => {
          for (let a = 0; a < ACTIONS; a++) {
            // Load shaping only: phones do not act in lockstep. Nothing waits for a condition this way.
            await new Promise((resolve) => setTimeout(resolve, random() * 30));
            await client.act(DROP_CHANCE);
            maybeKill();
          }
          await client.settle();
          client.socket?.disconnect();
        }),
      );
      await Promise.all(kills);
      expect(live.kills, 'the server was killed mid-run').toBe(KILLS);
      await live.stop();
      console.info(
        `chaos on ${db.name}: ${CLIENTS} phones, ${stats.acks} acks, ${stats.resends} resends, ${stats.drops} drops, ${stats.reconnects} joins, ${KILLS} kill(s), seed ${SEED}`,
      );
      expect(stats.failures, `CHAOS_SEED=${SEED}`).toEqual([]);

      // What is on disk after the last SIGKILL.
      const check = openDatabase(database.url, () => undefined);
      try {
        const activityIds = [quickRoom.activityId, dayRoom.activityId];
        const receipts = await check.kysely
          .selectFrom('answer_receipts')
          .select(['answer_id', 'activity_id', 'participant_id'])
          .where('activity_id', 'in', activityIds)
          .execute();
        const rows = await check.kysely
          .selectFrom('answers')
          .select(['answer_id', 'activity_id', 'participant_id', 'value'])
          .where('activity_id', 'in', activityIds)
          .execute();

        // The receipts' primary key already keeps an id from being stored twice; what can go wrong is
        // a resend stored under another participant (a rejoin that made a new row) or an id no phone sent.
        const receiptCount = new Map<string, number>();
        for (const r of receipts) receiptCount.set(r.answer_id, (receiptCount.get(r.answer_id) ?? 0) + 1);
        const senderOf = new Map(clients.flatMap((c) => c.sent.map((id) => [id, c] as const)));
        expect(receipts.filter((r) => !senderOf.has(r.answer_id))).toEqual([]);
        expect(
          receipts.filter((r) => senderOf.get(r.answer_id)?.participantId !== r.participant_id),
          "every stored answer is its own sender's",
        ).toEqual([]);
        // Dropping, rejoining and the kills made no second participant for any phone.
        const participants = await check.kysely
          .selectFrom('participants')
          .select('id')
          .where('session_id', 'in', [quick.id, daySessionId])
          .execute();
        expect(participants).toHaveLength(clients.length);

        const stored = new Map(rows.map((r) => [`${r.activity_id}/${r.participant_id}`, r]));
        expect(rows).toHaveLength(clients.length);
        const wrong: string[] = [];
        for (const c of clients) {
          for (const id of c.acked)
            if (receiptCount.get(id) !== 1) wrong.push(`${c.name}: acked ${id} has no receipt`);
          const row = stored.get(`${c.activityId}/${c.participantId}`);
          const value =
            row && (typeof row.value === 'string' ? (JSON.parse(row.value) as unknown) : row.value);
          if (!c.lastAcked) wrong.push(`${c.name}: never acked`);
          else if (
            row?.answer_id !== c.lastAcked.answerId ||
            JSON.stringify(value) !== JSON.stringify({ value: c.lastAcked.value })
          )
            wrong.push(
              `${c.name}: stored ${row?.answer_id} ${JSON.stringify(value)}, last acked ${JSON.stringify(c.lastAcked)}`,
            );
        }
        expect(wrong, `CHAOS_SEED=${SEED}`).toEqual([]);

        // Member answers (the action plan's goal): every acked id has its one receipt, under its sender's
        // member; each member's stored goal is its last acked one.
        const members = await check.kysely
          .selectFrom('program_members')
          .select(['id', 'nickname'])
          .where('program_id', '=', program.id)
          .execute();
        const planClients = clients.filter((c) => c.planActivityId !== null);
        const memberOf = new Map(
          planClients.map((c) => [c, members.find((m) => m.nickname === `회원${c.name.split('#')[1]}`)?.id]),
        );
        const planReceipts = await check.kysely
          .selectFrom('member_answer_receipts')
          .select(['answer_id', 'member_id'])
          .where('activity_id', '=', plan.id)
          .execute();
        const planRows = await check.kysely
          .selectFrom('member_answers')
          .select(['answer_id', 'member_id', 'item_key', 'value'])
          .where('activity_id', '=', plan.id)
          .execute();
        const planSender = new Map(clients.flatMap((c) => c.planSent.map((id) => [id, c] as const)));
        expect(
          planReceipts.filter((r) => memberOf.get(planSender.get(r.answer_id)!) !== r.member_id),
        ).toEqual([]);
        const planWrong: string[] = [];
        const planAcks = clients.reduce((n, c) => n + c.planAcked.length, 0);
        for (const c of planClients) {
          for (const id of c.planAcked)
            if (planReceipts.filter((r) => r.answer_id === id).length !== 1)
              planWrong.push(`${c.name}: acked plan answer ${id} not stored once`);
          const row = planRows.find((r) => r.member_id === memberOf.get(c));
          if (!c.planLastAcked) {
            if (row) planWrong.push(`${c.name}: a goal stored that was never acked`);
            continue;
          }
          const value =
            row && (typeof row.value === 'string' ? (JSON.parse(row.value) as unknown) : row.value);
          if (
            row?.answer_id !== c.planLastAcked.answerId ||
            JSON.stringify(value) !== JSON.stringify(planGoal(c.planLastAcked.value))
          )
            planWrong.push(
              `${c.name}: stored goal ${row?.answer_id}, last acked ${c.planLastAcked.answerId}`,
            );
        }
        expect(planWrong, `CHAOS_SEED=${SEED}`).toEqual([]);
        expect(planRows.every((r) => r.item_key === 'goal')).toBe(true);
        console.info(`chaos on ${db.name}: ${planAcks} acked action-plan goals (member answers)`);
        expect(planAcks, 'the members wrote plans during the run').toBeGreaterThan(0);
      } finally {
        await check.close();
      }
    },
  );
});
