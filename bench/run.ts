/**
 * `npm run bench`: Moim's live path under load, against a bare socket.io echo server in the same run.
 *
 * Each scenario runs twice, bare first, each against a fresh server child process (bench/server.ts)
 * so server memory and CPU are measured apart from the simulated phones, which all live in this
 * process. See bench/README.md for the method. Environment:
 *   BENCH_ONLY=1x2000          run only scenarios whose name contains this
 *   BENCH_PROFILE=1            CPU-profile the app server during each answer window
 *                              (bench/results/profiles/<scenario>.cpuprofile; summarise with
 *                              `npx tsx bench/profile-summary.ts <file>`)
 *   BENCH_WINDOW_MS=3000       the window over which participants answer
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import type { ChildMessage, ChildReply, ChildRequest, ReadyMessage, ServerMode, ServerStats } from './ipc.js';
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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = join(ROOT, 'bench', 'results');

/** Participants answer at independent uniformly random moments within this window (see README). */
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 3000);
/** Phones connecting at once while a room fills up. */
const JOIN_CONCURRENCY = 100;
/** How long after the last answer was sent we wait for stragglers before calling it lost. */
const DRAIN_TIMEOUT_MS = 20_000;
/** The whole bench stops itself after this, whatever happens. */
const WATCHDOG_MS = 6 * 60_000;
const OPTION_IDS = ['a', 'b', 'c', 'd'];
/** Before a measured phase, wait up to this long for the machine to be at most this busy (all cores). */
const QUIET_MAX_WAIT_MS = 15_000;
const QUIET_BUSY_PCT = 15;

interface Scenario {
  name: string;
  rooms: number;
  perRoom: number;
  /** Target for p99 answer → facilitator summary, where the issue sets one. */
  summaryP99TargetMs: number | null;
}

const SCENARIOS: Scenario[] = [
  { name: '1x40', rooms: 1, perRoom: 40, summaryP99TargetMs: null },
  { name: '1x2000', rooms: 1, perRoom: 2000, summaryP99TargetMs: 250 },
  { name: '200x25', rooms: 200, perRoom: 25, summaryP99TargetMs: 100 },
];
const RATIO_TARGET = 2;
const RSS_TARGET_KB = 60;

// ── the server child ─────────────────────────────────────────────────────────

const children = new Set<ChildProcess>();

class ServerChild {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: ChildReply) => void>();
  private constructor(
    readonly proc: ChildProcess,
    readonly ready: ReadyMessage,
  ) {
    proc.on('message', (m: ChildMessage) => {
      if (m.type === 'ready') return;
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    });
  }

  static start(mode: ServerMode): Promise<ServerChild> {
    const proc = fork(join(ROOT, 'bench', 'server.ts'), [mode], {
      cwd: ROOT,
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(proc);
    proc.once('exit', () => children.delete(proc));
    return new Promise((resolve, reject) => {
      proc.once('exit', (code, signal) =>
        reject(new Error(`${mode} server exited early (${code ?? signal})`)),
      );
      proc.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') resolve(new ServerChild(proc, m));
      });
    });
  }

  request<T extends ChildReply['type']>(
    message: Omit<Extract<ChildRequest, { type: T }>, 'id'>,
  ): Promise<Extract<ChildReply, { type: T }>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (reply: ChildReply) => void);
      this.proc.send({ ...message, id });
    });
  }

  async memory(): Promise<{ rss: number; heapUsed: number }> {
    return this.request<'memory'>({ type: 'memory', gc: true });
  }

  async cpuMicros(): Promise<number> {
    const c = await this.request<'cpu'>({ type: 'cpu' });
    return c.userMicros + c.systemMicros;
  }

  /** SIGKILL: nothing gets to flush or close, so what is on disk afterwards is what was durable. */
  kill(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.proc.once('exit', () => resolve());
      this.proc.kill('SIGKILL');
    });
  }
}

// ── one scenario against one server ──────────────────────────────────────────

interface Measurement {
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
function machineCpu(): { busy: number; total: number } {
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
async function waitForQuiet(): Promise<{ waitedMs: number; busyPct: number }> {
  const start = performance.now();
  let busyPct = 100;
  while (performance.now() - start < QUIET_MAX_WAIT_MS) {
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

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
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

async function measure(scenario: Scenario, mode: ServerMode): Promise<Measurement> {
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

// ── report ───────────────────────────────────────────────────────────────────

const round = (x: number, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** Which server code was measured: HEAD, and whether server/ or shared/ had uncommitted changes. */
function serverRevision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'server', 'shared') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+uncommitted' : ''}`;
  } catch {
    return 'unknown';
  }
}
const REVISION = serverRevision();

function resultRow(scenario: Scenario, app: Measurement, bare: Measurement) {
  const ratioP50 = app.ack.p50 / bare.ack.p50;
  const durable =
    app.answersStored !== null && app.answersStored >= app.answersAcked && app.answersUnacked === 0;
  return {
    scenario: scenario.name,
    revision: REVISION,
    rooms: scenario.rooms,
    participants: scenario.rooms * scenario.perRoom,
    answerWindowMs: WINDOW_MS,
    answerAckP50Ms: round(app.ack.p50, 2),
    answerAckP99Ms: round(app.ack.p99, 2),
    answerAckMaxMs: round(app.ack.max, 2),
    answerToSummaryP50Ms: round(app.summary.p50, 2),
    answerToSummaryP99Ms: round(app.summary.p99, 2),
    answerToSummaryMaxMs: round(app.summary.max, 2),
    answerToListedP99Ms: round(app.listed.p99, 2),
    bareP50Ms: round(bare.ack.p50, 2),
    bareP99Ms: round(bare.ack.p99, 2),
    bareToSummaryP50Ms: round(bare.summary.p50, 2),
    bareToSummaryP99Ms: round(bare.summary.p99, 2),
    ratioP50: round(ratioP50, 2),
    rssPerParticipantKb: round(app.rssPerParticipantKb),
    heapPerParticipantKb: round(app.heapPerParticipantKb),
    bareRssPerParticipantKb: round(bare.rssPerParticipantKb),
    answersSent: app.answersSent,
    answersAcked: app.answersAcked,
    answersStored: app.answersStored,
    answersRefused: app.answersRefused,
    answersUnacked: app.answersUnacked,
    answersNeverSummarized: app.answersNeverSummarized,
    summariesReceived: app.summariesReceived,
    bareSummariesReceived: bare.summariesReceived,
    serverCpuPct: round(app.serverCpuPct),
    serverLoopDelayP99Ms: round(app.server.loopDelayP99Ms, 2),
    serverLoopDelayMaxMs: round(app.server.loopDelayMaxMs, 2),
    bareServerLoopDelayP99Ms: round(bare.server.loopDelayP99Ms, 2),
    serverWriterP50Ms: round(app.server.writerP50Ms ?? Number.NaN, 2),
    serverWriterP99Ms: round(app.server.writerP99Ms ?? Number.NaN, 2),
    serverTransactionP50Ms: round(app.server.transactionP50Ms ?? Number.NaN, 2),
    serverTransactionP99Ms: round(app.server.transactionP99Ms ?? Number.NaN, 2),
    serverTransactionMaxMs: round(app.server.transactionMaxMs ?? Number.NaN, 2),
    serverTransactions: app.server.transactions,
    serverMeanBatchSize: round(app.server.meanBatchSize ?? Number.NaN, 2),
    bareServerCpuPct: round(bare.serverCpuPct),
    clientCpuPct: round(app.clientCpuPct),
    clientLoopDelayP99Ms: round(app.clientLoopDelayP99Ms, 2),
    clientLoopDelayMaxMs: round(app.clientLoopDelayMaxMs, 2),
    machineBusyPct: round(app.machineBusyPct),
    bareMachineBusyPct: round(bare.machineBusyPct),
    otherCpuPct: round(app.otherCpuPct),
    bareOtherCpuPct: round(bare.otherCpuPct),
    quietWaitMs: Math.round(app.quietWaitMs),
    joinPhaseMs: Math.round(app.joinPhaseMs),
    answerPhaseMs: Math.round(app.answerPhaseMs),
    targets: {
      answerToSummaryP99Ms: scenario.summaryP99TargetMs,
      summaryMet:
        scenario.summaryP99TargetMs === null ? null : app.summary.p99 <= scenario.summaryP99TargetMs,
      ratioMet: ratioP50 <= RATIO_TARGET,
      // Below a few hundred phones the RSS delta is allocator noise, not a per-phone cost.
      rssMet: scenario.rooms * scenario.perRoom < 500 ? null : app.rssPerParticipantKb <= RSS_TARGET_KB,
      everyAckDurable: durable,
    },
  };
}

type Row = ReturnType<typeof resultRow>;

function printTable(rows: Row[]): void {
  const cols: [string, (r: Row) => string][] = [
    ['scenario', (r) => r.scenario],
    ['n', (r) => String(r.participants)],
    ['ack p50', (r) => ms(r.answerAckP50Ms)],
    ['ack p99', (r) => ms(r.answerAckP99Ms)],
    ['summary p50', (r) => ms(r.answerToSummaryP50Ms)],
    ['summary p99', (r) => `${ms(r.answerToSummaryP99Ms)}${mark(r.targets.summaryMet)}`],
    ['bare p50', (r) => ms(r.bareP50Ms)],
    ['ratio p50', (r) => `${r.ratioP50 ?? '-'}${mark(r.targets.ratioMet)}`],
    ['RSS KB/p', (r) => `${r.rssPerParticipantKb ?? '-'}${mark(r.targets.rssMet)}`],
    ['acked', (r) => String(r.answersAcked)],
    ['stored', (r) => `${r.answersStored ?? '-'}${mark(r.targets.everyAckDurable)}`],
    ['summaries', (r) => String(r.summariesReceived)],
    ['srv CPU', (r) => `${r.serverCpuPct ?? '-'}%`],
    ['other CPU', (r) => `${r.otherCpuPct ?? '-'}%`],
  ];
  const cells = [cols.map(([h]) => h), ...rows.map((r) => cols.map(([, f]) => f(r)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((v, i) => v.padStart(widths[i] as number)).join('  ');
  console.log(line(cells[0] as string[]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells.slice(1)) console.log(line(c));
  console.log(
    `\n(ms; answers spread uniformly over ${WINDOW_MS} ms; ✓/✗ = target: summary p99 ≤ 250 ms at 1x2000, ≤ 100 ms at 200x25;` +
      ` ratio ≤ ${RATIO_TARGET}; ≤ ${RSS_TARGET_KB} KB RSS per participant; every acked answer on disk after SIGKILL)`,
  );
}

const ms = (x: number | null) => (x === null ? '-' : x.toFixed(1));
const mark = (met: boolean | null) => (met === null ? '' : met ? ' ✓' : ' ✗');

// ── main ─────────────────────────────────────────────────────────────────────

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000} s, giving up`);
  for (const c of children) c.kill('SIGKILL');
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

const only = process.env.BENCH_ONLY;
const rows: Row[] = [];
try {
  for (const scenario of SCENARIOS.filter((s) => !only || s.name.includes(only))) {
    const started = performance.now();
    process.stderr.write(`${scenario.name}: bare… `);
    const bare = await measure(scenario, 'bare');
    process.stderr.write('app… ');
    const app = await measure(scenario, 'app');
    const row = resultRow(scenario, app, bare);
    rows.push(row);
    process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
} finally {
  for (const c of children) c.kill('SIGKILL');
}

console.log();
printTable(rows);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(`\nwrote ${join('bench', 'results', 'latest.json')}`);
// Client sockets close asynchronously; nothing more to wait for.
process.exit(0);
