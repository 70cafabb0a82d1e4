/**
 * One scenario against one server child: JIT warm-up, wait for a quiet machine, phones join (memory
 * weighed before and after), every phone answers once within the answer window, then the server is
 * SIGKILLed and its SQLite file counted for durability. See bench/README.md for the method.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import type { ServerMode, ServerStats } from './ipc.js';
import { RESULTS_DIR } from './paths.js';
import { ServerChild } from './server-child.js';
import {
  listedLatencies,
  seededRandom,
  summarize,
  summaryLatencies,
  type AnswerRecord,
  type LatencySummary,
  type RoomRecord,
} from './stats.js';
import { appTarget, bareTarget, type ParticipantHandle, type RoomHandle, type Target } from './targets.js';

/** Participants answer at independent uniformly random moments within this window (see README). */
export const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 3000);
/** Phones connecting at once while a room fills up. */
const JOIN_CONCURRENCY = 100;
/** How long after the last answer was sent we wait for stragglers before calling it lost. */
const DRAIN_TIMEOUT_MS = 20_000;
const OPTION_IDS = ['a', 'b', 'c', 'd'];
/** Before a measured phase, wait up to this long for the machine to be at most this busy (all cores). */
const QUIET_MAX_WAIT_MS = 15_000;
const QUIET_BUSY_PCT = 15;

export interface Scenario {
  name: string;
  rooms: number;
  perRoom: number;
  /** Target for p99 answer → facilitator summary, where the issue sets one. */
  summaryP99TargetMs: number | null;
}

export interface Measurement {
  ack: LatencySummary;
  summary: LatencySummary;
  listed: LatencySummary;
  answersSent: number;
  answersAcked: number;
  answersRefused: Record<string, number>;
  answersUnacked: number;
  answersNeverSummarized: number;
  answersStored: number | null;
  summariesReceived: number;
  rssPerParticipantKb: number;
  heapPerParticipantKb: number;
  serverCpuPct: number;
  clientCpuPct: number;
  clientLoopDelayP99Ms: number;
  clientLoopDelayMaxMs: number;
  /** All cores, all processes: shows when something besides server and client took the CPU. */
  machineBusyPct: number;
  /** CPU (% of one core) used by processes other than the server and the simulated phones. */
  otherCpuPct: number;
  quietWaitMs: number;
  quietBusyPct: number;
  answerPhaseMs: number;
  joinPhaseMs: number;
  server: ServerStats;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Busy and total CPU time over all cores since boot (ms). */
export function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/**
 * This machine is shared; wait (a bounded time) until other processes leave the cores alone before a
 * measured phase. What they took during it anyway is reported as otherCpuPct.
 */
export async function waitForQuiet(
  maxWaitMs = QUIET_MAX_WAIT_MS,
): Promise<{ waitedMs: number; busyPct: number }> {
  const start = performance.now();
  let busyPct = 100;
  while (performance.now() - start < maxWaitMs) {
    const a = machineCpu();
    await sleep(500);
    const b = machineCpu();
    busyPct = ((b.busy - a.busy) / (b.total - a.total)) * 100;
    if (busyPct <= QUIET_BUSY_PCT) break;
  }
  return { waitedMs: performance.now() - start, busyPct };
}

/**
 * JIT warm-up before anything is measured, the same for both servers: a long-running server has
 * compiled its hot paths long before a session starts. 20 phones answer 10 times each (re-answers
 * are updates), well within the per-socket rate limit.
 */
async function warmUp(target: Target): Promise<void> {
  const [room] = await target.createRooms(1, OPTION_IDS);
  if (!room) return;
  const phones = await Promise.all(
    Array.from({ length: 20 }, (_, i) => target.joinParticipant(room, `준비 ${i + 1}`)),
  );
  for (let round = 0; round < 10; round++) {
    await Promise.all(
      phones.map(
        (phone, i) =>
          new Promise<void>((resolve) =>
            phone.answer(randomUUID(), OPTION_IDS[(i + round) % OPTION_IDS.length] as string, () =>
              resolve(),
            ),
          ),
      ),
    );
    await sleep(100);
  }
  for (const phone of phones) phone.close();
  room.close();
  await sleep(500);
}

export async function pool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Rows in `answers` for the measured activities (the warm-up room's are not counted). */
function countStoredAnswers(dbPath: string, activityIds: string[]): number {
  const db = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const count = db.prepare('select count(*) as n from answers where activity_id = ?');
    return activityIds.reduce((sum, id) => sum + (count.get(id) as { n: number }).n, 0);
  } finally {
    db.close();
  }
}

export async function measure(scenario: Scenario, mode: ServerMode): Promise<Measurement> {
  const server = await ServerChild.start(mode);
  const url = `http://127.0.0.1:${server.ready.port}`;
  const target: Target =
    mode === 'app'
      ? appTarget(url, { email: server.ready.email as string, password: server.ready.password as string })
      : bareTarget(url);
  const participants: { room: RoomHandle; handle: ParticipantHandle }[] = [];
  let rooms: RoomHandle[] = [];
  try {
    await warmUp(target);
    rooms = await target.createRooms(scenario.rooms, OPTION_IDS);
    await sleep(300);
    const before = await server.memory();

    const joinStart = performance.now();
    const seats = rooms.flatMap((room) => Array.from({ length: scenario.perRoom }, (_, i) => ({ room, i })));
    await pool(seats, JOIN_CONCURRENCY, async ({ room, i }) => {
      participants.push({ room, handle: await target.joinParticipant(room, `참여자 ${i + 1}`) });
    });
    const joinPhaseMs = performance.now() - joinStart;
    // Let the coalesced presence updates (300 ms) go out before weighing the server.
    await sleep(800);
    const after = await server.memory();
    const n = participants.length;

    const random = seededRandom(20_240_611 + n);
    const schedule = participants
      .map((p) => ({
        ...p,
        offset: random() * WINDOW_MS,
        optionId: OPTION_IDS[Math.floor(random() * 4)] as string,
      }))
      .sort((a, b) => a.offset - b.offset);

    const quiet = await waitForQuiet();
    const profiling = mode === 'app' && process.env.BENCH_PROFILE === '1';
    if (profiling) await server.request<'profile:start'>({ type: 'profile:start' });
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    await server.request<'stats:start'>({ type: 'stats:start' });
    const serverCpu0 = await server.cpuMicros();
    const clientCpu0 = process.cpuUsage();
    const machine0 = machineCpu();
    loopDelay.enable();
    const phaseStart = performance.now();

    // Record everything the facilitators receive from here on; done when every answer is settled
    // and every room's facilitator has a summary counting all of its acked answers.
    let settled = 0;
    let outstanding = 0;
    let allSent = false;
    let resolveDone: () => void = () => undefined;
    const done = new Promise<void>((r) => (resolveDone = r));
    const records = new Map<RoomHandle, RoomRecord>();
    const roomComplete = (record: RoomRecord) =>
      (record.summaries.at(-1)?.respondents ?? 0) >= record.answers.filter((a) => a.ok).length;
    const checkDone = () => {
      if (allSent && settled === schedule.length && [...records.values()].every(roomComplete)) resolveDone();
    };
    for (const room of rooms) {
      const record: RoomRecord = { answers: [], summaries: [], listedAt: new Map() };
      records.set(room, record);
      room.onSummary = (respondents, at) => {
        record.summaries.push({ at, respondents });
        if (allSent && settled === schedule.length) checkDone();
      };
      room.onListed = (ids, at) => {
        for (const id of ids) if (!record.listedAt.has(id)) record.listedAt.set(id, at);
      };
    }

    // Send each answer at its moment; one timer for the next due answer.
    await new Promise<void>((resolve) => {
      const t0 = performance.now() + 20;
      let next = 0;
      const tick = () => {
        while (next < schedule.length && t0 + (schedule[next]?.offset ?? 0) <= performance.now()) {
          const s = schedule[next++] as (typeof schedule)[number];
          const record = records.get(s.room) as RoomRecord;
          const answer: AnswerRecord = {
            answerId: randomUUID(),
            sentAt: performance.now(),
            ackAt: null,
            ok: false,
            errorCode: null,
          };
          record.answers.push(answer);
          outstanding++;
          s.handle.answer(answer.answerId, s.optionId, (ok, errorCode) => {
            answer.ackAt = performance.now();
            answer.ok = ok;
            answer.errorCode = errorCode;
            outstanding--;
            settled++;
            checkDone();
          });
        }
        if (next >= schedule.length) return resolve();
        setTimeout(tick, Math.max(0, t0 + (schedule[next]?.offset ?? 0) - performance.now()));
      };
      tick();
    });
    allSent = true;
    checkDone();
    await Promise.race([done, sleep(DRAIN_TIMEOUT_MS)]);
    const answerPhaseMs = performance.now() - phaseStart;
    // Stragglers: a listed-by-id row can trail its summary by one flush.
    await sleep(150);
    loopDelay.disable();
    const serverCpu = (await server.cpuMicros()) - serverCpu0;
    const { type: _t, id: _i, ...serverStats } = await server.request<'stats:stop'>({ type: 'stats:stop' });
    const clientCpuUsage = process.cpuUsage(clientCpu0);
    const machine = machineCpu();
    const machineBusyPct = ((machine.busy - machine0.busy) / (machine.total - machine0.total)) * 100;
    if (profiling) {
      mkdirSync(join(RESULTS_DIR, 'profiles'), { recursive: true });
      const path = join(RESULTS_DIR, 'profiles', `${scenario.name}.cpuprofile`);
      await server.request<'profile:stop'>({ type: 'profile:stop', path });
    }

    // Durability: kill the server outright, then count what the file holds.
    await server.kill();
    const answersStored = server.ready.dbPath
      ? countStoredAnswers(
          server.ready.dbPath,
          rooms.map((r) => r.activityId),
        )
      : null;

    if (process.env.BENCH_DEBUG === '1') debugTimeline(mode, records, phaseStart);

    const ackLatencies: number[] = [];
    const summaryLat: number[] = [];
    const listedLat: number[] = [];
    const refused: Record<string, number> = {};
    let unresolved = 0;
    let summariesReceived = 0;
    let answersAcked = 0;
    for (const record of records.values()) {
      for (const a of record.answers) {
        if (a.ackAt === null) continue;
        if (a.ok) {
          answersAcked++;
          ackLatencies.push(a.ackAt - a.sentAt);
        } else {
          refused[a.errorCode ?? 'unknown'] = (refused[a.errorCode ?? 'unknown'] ?? 0) + 1;
        }
      }
      const s = summaryLatencies(record);
      summaryLat.push(...s.latencies);
      unresolved += s.unresolved;
      listedLat.push(...listedLatencies(record));
      summariesReceived += record.summaries.length;
    }

    return {
      ack: summarize(ackLatencies),
      summary: summarize(summaryLat),
      listed: summarize(listedLat),
      answersSent: schedule.length,
      answersAcked,
      answersRefused: refused,
      answersUnacked: outstanding,
      answersNeverSummarized: unresolved,
      answersStored,
      summariesReceived,
      rssPerParticipantKb: (after.rss - before.rss) / n / 1024,
      heapPerParticipantKb: (after.heapUsed - before.heapUsed) / n / 1024,
      serverCpuPct: (serverCpu / 1000 / answerPhaseMs) * 100,
      clientCpuPct: ((clientCpuUsage.user + clientCpuUsage.system) / 1000 / answerPhaseMs) * 100,
      clientLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      clientLoopDelayMaxMs: loopDelay.max / 1e6,
      machineBusyPct,
      otherCpuPct:
        (machineBusyPct / 100) * cpus().length * 100 -
        (serverCpu / 1000 / answerPhaseMs) * 100 -
        ((clientCpuUsage.user + clientCpuUsage.system) / 1000 / answerPhaseMs) * 100,
      quietWaitMs: quiet.waitedMs,
      quietBusyPct: quiet.busyPct,
      answerPhaseMs,
      joinPhaseMs,
      server: serverStats,
    };
  } finally {
    await server.kill();
    for (const p of participants) p.handle.close();
    for (const room of rooms) room.close();
    if (server.ready.dir) rmSync(server.ready.dir, { recursive: true, force: true });
  }
}

/** BENCH_DEBUG=1: ack latency by when the answer was sent, to see whether a slow tail is a moment or a trend. */
function debugTimeline(mode: ServerMode, records: Map<RoomHandle, RoomRecord>, start: number): void {
  const buckets = new Map<number, number[]>();
  for (const r of records.values())
    for (const a of r.answers) {
      if (a.ackAt === null) continue;
      const b = Math.floor((a.sentAt - start) / 250);
      buckets.set(b, [...(buckets.get(b) ?? []), a.ackAt - a.sentAt]);
    }
  for (const [b, v] of [...buckets].sort((x, y) => x[0] - y[0])) {
    const s = summarize(v);
    console.error(
      `${mode} t=${b * 250}ms n=${s.count} ack p50=${s.p50.toFixed(1)} p99=${s.p99.toFixed(1)} max=${s.max.toFixed(1)}`,
    );
  }
}
