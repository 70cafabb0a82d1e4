/**
 * A server under test, run as a child process of bench/run.ts so its memory and CPU are its own.
 *
 *   node --expose-gc --import tsx bench/server.ts app|bare
 *
 * `app`: the real Moim server (createApp) on a fresh SQLite file, with one facilitator created in
 * storage. `bare`: a socket.io server with the same event shape that does nothing but ack and echo.
 * `app <dir>` opens the SQLite file an earlier app child left in `dir` (seeded, bench/center-figures.ts)
 * and finds its facilitator there.
 * Both listen on 127.0.0.1 only, report their port over IPC and answer memory/CPU/profile queries.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';
import type {
  BareClientEvents,
  BareServerEvents,
  ChildReply,
  ChildRequest,
  ReadyMessage,
  SeededProgram,
  ServerMode,
  ServerStats,
} from './ipc.js';
import type { CenterSeed } from './seed-center.js';
import { summarize } from './stats.js';

const mode = process.argv[2] as ServerMode;
if (mode !== 'app' && mode !== 'bare')
  throw new Error(`usage: bench/server.ts app|bare (got ${String(mode)})`);
if (!process.send) throw new Error('bench/server.ts must be started with an IPC channel');

const send = (message: ReadyMessage | ChildReply) => process.send?.(message);

function listen(httpServer: HttpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve((httpServer.address() as AddressInfo).port));
  });
}

async function startApp(): Promise<ReadyMessage> {
  // Imported here so the bare server does not pay for the app's modules in its memory figure.
  const { createApp } = await import('../server/app.js');
  const { hashPassword } = await import('../server/auth/passwords.js');
  const { loadConfig } = await import('../server/config.js');
  const { createLogger } = await import('../server/logger.js');
  const { openStorage } = await import('../server/storage/index.js');

  const reused = process.argv[3];
  const dir = reused ?? mkdtempSync(join(tmpdir(), 'moim-bench-'));
  const dbPath = join(dir, 'moim.sqlite');
  const storage = await openStorage(dbPath);
  const config = { ...loadConfig({}), databaseUrl: dbPath, port: 0, logLevel: 'silent' };
  const app = createApp({ storage, config, logger: createLogger('silent') });
  const email = 'bench@moim.test';
  const password = 'bench password 모임';
  if (!reused) {
    const center = await storage.centers.create('bench');
    await storage.facilitators.create({
      centerId: center.id,
      role: 'admin',
      email,
      name: '진행자',
      passwordHash: await hashPassword(password),
    });
  }
  observeAnswerPath(app.realtime.writer, storage.answers);
  const { hashToken } = await import('../server/auth/tokens.js');
  const { CENTER_TIME_ZONE, todayIn } = await import('../shared/program/dates.js');
  const facilitator = await storage.facilitators.findByEmail(email);
  if (!facilitator) throw new Error('bench facilitator missing');
  const centerId = facilitator.centerId;
  seedCenter = async () => {
    const { openDatabase } = await import('../server/db/database.js');
    const { seedCenter: seed } = await import('./seed-center.js');
    // A second handle on the same file for the bulk inserts (the stores have no raw access); closed after.
    const db = openDatabase(dbPath, (error) => console.error('bench seed database error', error));
    try {
      return await seed(storage, db.kysely, { centerId, facilitatorId: facilitator.id });
    } finally {
      await db.close();
    }
  };
  seedProgram = async (count) => {
    const program = await storage.programs.create({
      centerId,
      createdBy: facilitator.id,
      body: {
        title: '벤치마크 3인 1조',
        group: '청년',
        facilitatorIds: [facilitator.id],
        templateId: null,
        trackId: null,
        days: [{ date: todayIn(CENTER_TIME_ZONE), startTime: '00:00', endTime: '23:59', modules: [] }],
      },
    });
    const members: SeededProgram['members'] = [];
    for (let i = 0; i < count; i++) {
      // As test/integration/program-fixtures.ts addMember: a member with a known token, no PIN to hash.
      const token = `bench-token-${crypto.randomUUID()}`;
      const member = await storage.members.register({
        programId: program.id,
        nickname: `참여자${i + 1}`,
        realName: null,
        intake: { desiredJob: '사무직', worry: '면접', hope: '자신감' },
        pinHash: 'unused',
        tokenHash: hashToken(token),
      });
      if (!member) throw new Error(`bench member ${i + 1} not registered`);
      members.push({ id: member.id, token });
    }
    const day = program.days[0];
    if (!day) throw new Error('seeded program has no day');
    return { programId: program.id, code: program.code, dayId: day.id, members };
  };
  const port = await listen(app.httpServer);
  return { type: 'ready', port, dbPath, dir, email, password };
}

async function startBare(): Promise<ReadyMessage> {
  const httpServer = createServer();
  const io = new Server<BareClientEvents, BareServerEvents>(httpServer, { serveClient: false });
  const counts = new Map<string, Map<string, number>>();
  io.on('connection', (socket) => {
    let room = '';
    socket.on('watch', (p, ack) => {
      void socket.join(`w:${p.room}`);
      ack({ ok: true });
    });
    socket.on('join', (p, ack) => {
      room = p.room;
      void socket.join(`p:${p.room}`);
      ack({ ok: true });
    });
    socket.on('answer', (p, ack) => {
      ack({ ok: true, data: { answerId: p.answerId, duplicate: false } });
      let byOption = counts.get(room);
      if (!byOption) counts.set(room, (byOption = new Map()));
      byOption.set(p.value.optionId, (byOption.get(p.value.optionId) ?? 0) + 1);
      let respondents = 0;
      for (const n of byOption.values()) respondents += n;
      io.to(`w:${room}`).emit('updated', {
        activityId: p.activityId,
        respondents,
        answerIds: [p.answerId],
        summary: {
          kind: 'choice',
          respondents,
          counts: [...byOption].map(([optionId, count]) => ({ optionId, count })),
        },
      });
    });
  });
  const port = await listen(httpServer);
  return { type: 'ready', port, dbPath: null, dir: null, email: null, password: null };
}

// ── observation: timings around the server's answer path, without changing what it does ──

const observed = { writer: [] as number[], transactions: [] as number[], answersInTransactions: 0 };
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

/** Wraps two methods on the live instances with timers; arguments and results pass through untouched. */
function observeAnswerPath(
  writer: { submit: (s: never) => Promise<unknown> },
  answers: { writeBatch: (b: never[], v: never) => Promise<unknown> },
): void {
  const submit = writer.submit.bind(writer);
  writer.submit = (submission) => {
    const t = performance.now();
    const result = submit(submission);
    const record = () => observed.writer.push(performance.now() - t);
    result.then(record, record);
    return result;
  };
  const writeBatch = answers.writeBatch.bind(answers);
  answers.writeBatch = (batch, validate) => {
    const t = performance.now();
    const result = writeBatch(batch, validate);
    const record = () => {
      observed.transactions.push(performance.now() - t);
      observed.answersInTransactions += batch.length;
    };
    result.then(record, record);
    return result;
  };
}

function serverStats(): ServerStats {
  const writer = summarize(observed.writer);
  const tx = summarize(observed.transactions);
  const n = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    writerP50Ms: n(writer.p50),
    writerP99Ms: n(writer.p99),
    transactionP50Ms: n(tx.p50),
    transactionP99Ms: n(tx.p99),
    transactionMaxMs: n(tx.max),
    transactions: tx.count,
    meanBatchSize: tx.count ? observed.answersInTransactions / tx.count : null,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
}

let profiler: Session | null = null;
/** Set by the app server: `seed:program`, `seed:center`. */
let seedProgram: ((members: number) => Promise<SeededProgram>) | null = null;
let seedCenter: (() => Promise<CenterSeed>) | null = null;

async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('start the bench server with --expose-gc');
  // Twice, a turn apart: the first pass may leave finalizers and weak references to the second.
  gc();
  await new Promise((r) => setImmediate(r));
  gc();
}

async function handle(request: ChildRequest): Promise<ChildReply> {
  switch (request.type) {
    case 'memory': {
      if (request.gc) await collectGarbage();
      const m = process.memoryUsage();
      return { type: 'memory', id: request.id, rss: m.rss, heapUsed: m.heapUsed, external: m.external };
    }
    case 'cpu': {
      const c = process.cpuUsage();
      return { type: 'cpu', id: request.id, userMicros: c.user, systemMicros: c.system };
    }
    case 'stats:start':
      observed.writer = [];
      observed.transactions = [];
      observed.answersInTransactions = 0;
      loopDelay.reset();
      loopDelay.enable();
      return { type: 'stats:start', id: request.id };
    case 'stats:stop':
      loopDelay.disable();
      return { type: 'stats:stop', id: request.id, ...serverStats() };
    case 'seed:program': {
      if (!seedProgram) throw new Error('seed:program is for the app server');
      return { type: 'seed:program', id: request.id, ...(await seedProgram(request.members)) };
    }
    case 'seed:center': {
      if (!seedCenter) throw new Error('seed:center is for the app server');
      return { type: 'seed:center', id: request.id, ...(await seedCenter()) };
    }
    case 'usage': {
      // maxRSS (KB) is the process's high-water mark since it started: read after an export, its peak.
      if (request.gc) await collectGarbage();
      const maxRssKb = process.resourceUsage().maxRSS;
      return { type: 'usage', id: request.id, rss: process.memoryUsage().rss, maxRssKb };
    }
    case 'profile:start': {
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.setSamplingInterval', { interval: 500 });
      await profiler.post('Profiler.start');
      return { type: 'profile:start', id: request.id };
    }
    case 'profile:stop': {
      if (!profiler) throw new Error('profiler not started');
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(request.path, JSON.stringify(profile));
      profiler.disconnect();
      profiler = null;
      return { type: 'profile:stop', id: request.id, path: request.path };
    }
  }
}

process.on('message', (request: ChildRequest) => {
  handle(request)
    .then(send)
    .catch((error: unknown) => {
      console.error('bench server: request failed', error);
      process.exit(1);
    });
});
// The orchestrator gone means the bench is over: never outlive it.
process.on('disconnect', () => process.exit(0));

send(mode === 'app' ? await startApp() : await startBare());
