/**
 * The reporting scenario `center-200x20` (assessments design §11 step 10, issue 11): one center with
 * 200 ended programs × 20 members × 4 days seeded in storage (bench/seed-center.ts), then, on a fresh
 * app child over that database: the center's XLSX exports (time to last byte, the child's peak RSS
 * over its idle baseline, the files read back and counted against the seed) while a live room of 20
 * phones answers once a second on the same child, and the dashboard's server time (`Server-Timing`).
 * See bench/README.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { startLiveRoom, ROOM_PHONES, type RoomAnswer } from './center-room.js';
import { machineCpu, waitForQuiet } from './measure.js';
import { RESULTS_DIR } from './paths.js';
import { CENTER_TEMPLATES } from './seed-center.js';
import { ServerChild } from './server-child.js';
import { percentile, summarize, type LatencySummary } from './stats.js';

export const EXPORT_TARGET_MS = 5_000;
export const RSS_GROWTH_TARGET_MB = 200;
export const DASHBOARD_P95_TARGET_MS = 300;
/** The datasets a center export has on main (no `center`/`summary` workbook yet: step 8). */
const DATASETS = ['roster', 'instruments', 'outcomes', 'satisfaction'] as const;
const DASHBOARD = { warmUp: 20, plain: 200, filtered: 100 };
/** How long the room answers with no export running, for its own baseline. */
const QUIET_ROOM_MS = 10_000;

export interface ExportFigure {
  dataset: string;
  status: number;
  ms: number;
  bytes: number;
  /** The child's maxRSS (high-water mark) right after this export. */
  maxRssMb: number;
  /** Data rows per sheet as read back, and as seeded; `rowsMatch` when every expected sheet agrees. */
  rows: Record<string, number>;
  expected: Record<string, number>;
  rowsMatch: boolean;
}

export interface DashboardFigures {
  /** Server time from `Server-Timing: total;dur=`, a year with no filter and with a template filter. */
  plain: LatencySummary & { p95: number };
  filtered: LatencySummary & { p95: number };
  /** Requests whose answer had no usable `Server-Timing` (counted, never guessed). */
  untimed: number;
}

export interface CenterMeasurement {
  seedCounts: Record<string, number>;
  seedMs: number;
  exports: ExportFigure[];
  /** RSS of the idle child (after a forced GC) and its maxRSS before the first export. */
  idleRssMb: number;
  maxRssBeforeMb: number;
  peakRssMb: number;
  roomQuiet: LatencySummary;
  roomDuringExport: LatencySummary;
  roomRefused: number;
  /** Null when the route is not there (404): the dashboard is on another branch. */
  dashboard: DashboardFigures | null;
  dashboardSkipped: string | null;
  /** Over the exports, and over the dashboard's requests (warm-up included). */
  serverCpuPct: number;
  otherCpuPct: number;
  dashboardServerCpuPct: number;
  dashboardOtherCpuPct: number;
  /** The child's maxRSS once the dashboard has run too. */
  maxRssAfterDashboardMb: number;
  totalMs: number;
}

const MB = 1024 * 1024;

/** CPU over a phase, as the harness reports it: the server child's, and other processes' (% of one core). */
async function cpuWindow(
  server: ServerChild,
): Promise<() => Promise<{ serverPct: number; otherPct: number }>> {
  const server0 = await server.cpuMicros();
  const client0 = process.cpuUsage();
  const machine0 = machineCpu();
  const t0 = performance.now();
  return async () => {
    const ms = performance.now() - t0;
    const serverPct = ((await server.cpuMicros()) - server0) / 10 / ms;
    const client = process.cpuUsage(client0);
    const machine = machineCpu();
    const busy = (machine.busy - machine0.busy) / (machine.total - machine0.total);
    const clientPct = (client.user + client.system) / 10 / ms;
    return { serverPct, otherPct: busy * cpus().length * 100 - serverPct - clientPct };
  };
}

async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/**
 * A GET, once more if the pooled connection it went out on had just been closed by the server (its
 * keep-alive timeout ran out while the files were being read back): nothing was served on it.
 */
async function get(url: string, cookie: string): Promise<Response> {
  try {
    return await fetch(url, { headers: { cookie } });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
    return fetch(url, { headers: { cookie } });
  }
}

/** One download to its last byte; the body kept to read back. */
async function download(url: string, cookie: string): Promise<{ status: number; ms: number; body: Buffer }> {
  const started = performance.now();
  const res = await get(url, cookie);
  const chunks: Uint8Array[] = [];
  if (res.body) for await (const chunk of res.body) chunks.push(chunk as Uint8Array);
  return { status: res.status, ms: performance.now() - started, body: Buffer.concat(chunks) };
}

function sheetRows(file: Buffer): Record<string, number> {
  const book = XLSX.read(file, { dense: true });
  const rows: Record<string, number> = {};
  for (const name of book.SheetNames) {
    const ref = book.Sheets[name]?.['!ref'];
    // Row 1 is the header: the last row's 0-based index is the number of data rows.
    rows[name] = ref ? XLSX.utils.decode_range(ref).e.r : 0;
  }
  return rows;
}

function ackTimes(answers: RoomAnswer[], inWindow: (sentAt: number) => boolean): number[] {
  return answers.flatMap((a) => (a.ok && a.ackAt !== null && inWindow(a.sentAt) ? [a.ackAt - a.sentAt] : []));
}

const withP95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { ...summarize(sorted), p95: percentile(sorted, 95) };
};

const serverTiming = (header: string | null): number | null => {
  const match = /(?:^|,)\s*total;(?:[^,]*;)?\s*dur=([\d.]+)/.exec(header ?? '');
  return match ? Number(match[1]) : null;
};

/** The dashboard, against its documented contract (§6.4): 404 means the route has not landed here. */
async function measureDashboard(
  url: string,
  cookie: string,
  from: string,
  to: string,
): Promise<{ figures: DashboardFigures | null; skipped: string | null }> {
  const base = `${url}/api/dashboard?from=${from}&to=${to}`;
  const probe = await get(base, cookie);
  await probe.arrayBuffer();
  if (probe.status === 404)
    return { figures: null, skipped: 'GET /api/dashboard answered 404: the route is not on this branch yet' };
  if (probe.status !== 200) throw new Error(`dashboard: ${probe.status}`);
  let untimed = 0;
  const run = async (target: string, n: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await get(target, cookie);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`dashboard: ${res.status}`);
      const dur = serverTiming(res.headers.get('server-timing'));
      if (dur === null) untimed++;
      else times.push(dur);
    }
    return times;
  };
  await run(base, DASHBOARD.warmUp);
  untimed = 0;
  const plain = await run(base, DASHBOARD.plain);
  const filtered = await run(`${base}&templateId=${CENTER_TEMPLATES[0]}`, DASHBOARD.filtered);
  return { figures: { plain: withP95(plain), filtered: withP95(filtered), untimed }, skipped: null };
}

export async function measureCenter(): Promise<CenterMeasurement> {
  const started = performance.now();
  // ── setup, not measured: seed, then a fresh child on the seeded file ──
  const seeder = await ServerChild.start('app');
  const dir = seeder.ready.dir as string;
  let server: ServerChild | null = null;
  try {
    const seed = await seeder.request<'seed:center'>({ type: 'seed:center' });
    const counted = Object.entries(seed.counts).map(([k, v]) => `${k} ${v}`);
    process.stderr.write(`seeded in ${(seed.seedMs / 1000).toFixed(1)} s: ${counted.join(', ')}\n`);
    await seeder.kill();
    server = await ServerChild.start('app', dir);
    const url = `http://127.0.0.1:${server.ready.port}`;
    const cookie = await login(url, server.ready.email as string, server.ready.password as string);
    const room = await startLiveRoom(server, url, cookie);

    // ── the room alone, then the exports one after another while it answers ──
    await waitForQuiet();
    const quietFrom = performance.now();
    await new Promise((r) => setTimeout(r, QUIET_ROOM_MS));
    const quietTo = performance.now();
    const idle = await server.request<'usage'>({ type: 'usage', gc: true });
    const windows: [number, number][] = [];
    const exports: ExportFigure[] = [];
    const files: Buffer[] = [];
    const exportCpu = await cpuWindow(server);
    for (const dataset of DATASETS) {
      const t = performance.now();
      const got = await download(`${url}/api/center/exports/${dataset}?format=xlsx`, cookie);
      windows.push([t, performance.now()]);
      const usage = await server.request<'usage'>({ type: 'usage', gc: false });
      files.push(got.body);
      exports.push({
        dataset,
        status: got.status,
        ms: got.ms,
        bytes: got.body.length,
        maxRssMb: usage.maxRssKb / 1024,
        rows: {},
        expected: seed.expectedSheets[dataset] ?? {},
        rowsMatch: false,
      });
    }
    const cpu = await exportCpu();
    await room.stop();

    // ── read the files back (after the room, so parsing takes nothing from it) ──
    exports.forEach((e, i) => {
      if (e.status !== 200) return;
      e.rows = sheetRows(files[i] as Buffer);
      // The live room's program is in the center too: one day of its members in the roster.
      const expected = { ...e.expected };
      if (e.dataset === 'roster') expected.출석부 = (expected.출석부 ?? 0) + ROOM_PHONES;
      e.expected = expected;
      e.rowsMatch = Object.entries(expected).every(([sheet, n]) => e.rows[sheet] === n);
    });

    await waitForQuiet();
    // BENCH_PROFILE=1: where the dashboard's server time goes (the profiler slows it: not for figures).
    const profile = process.env.BENCH_PROFILE === '1';
    if (profile) await server.request<'profile:start'>({ type: 'profile:start' });
    const dashboardCpu = await cpuWindow(server);
    const dashboard = await measureDashboard(url, cookie, seed.from, seed.to);
    const dashCpu = await dashboardCpu();
    if (profile) {
      mkdirSync(join(RESULTS_DIR, 'profiles'), { recursive: true });
      const path = join(RESULTS_DIR, 'profiles', 'center-200x20-dashboard.cpuprofile');
      await server.request<'profile:stop'>({ type: 'profile:stop', path });
    }
    const after = await server.request<'usage'>({ type: 'usage', gc: false });
    return {
      seedCounts: seed.counts,
      seedMs: seed.seedMs,
      exports,
      idleRssMb: idle.rss / MB,
      maxRssBeforeMb: idle.maxRssKb / 1024,
      peakRssMb: Math.max(...exports.map((e) => e.maxRssMb)),
      roomQuiet: summarize(ackTimes(room.answers, (s) => s >= quietFrom && s < quietTo)),
      roomDuringExport: summarize(ackTimes(room.answers, (s) => windows.some(([a, b]) => s >= a && s < b))),
      roomRefused: room.answers.filter((a) => a.ackAt !== null && !a.ok).length,
      dashboard: dashboard.figures,
      dashboardSkipped: dashboard.skipped,
      serverCpuPct: cpu.serverPct,
      otherCpuPct: cpu.otherPct,
      dashboardServerCpuPct: dashCpu.serverPct,
      dashboardOtherCpuPct: dashCpu.otherPct,
      maxRssAfterDashboardMb: after.maxRssKb / 1024,
      totalMs: performance.now() - started,
    };
  } finally {
    await seeder.kill();
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
