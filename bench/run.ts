/**
 * `npm run bench`: Moim's live path under load, against a bare socket.io echo server in the same run.
 *
 * Each scenario runs twice, bare first, each against a fresh server child process (bench/server.ts)
 * so server memory and CPU are measured apart from the simulated phones, which all live in this
 * process. See bench/README.md for the method. Environment:
 *   BENCH_ONLY=1x2000          run only scenarios whose name contains this (triads: the triads scenario;
 *                              center: the reporting scenario center-200x20)
 *   BENCH_PROFILE=1            CPU-profile the app server during each answer window
 *                              (bench/results/profiles/<scenario>.cpuprofile; summarise with
 *                              `npx tsx bench/profile-summary.ts <file>`)
 *   BENCH_WINDOW_MS=3000       the window over which participants answer
 */
import { measure, type Scenario } from './measure.js';
import { measureCenter } from './center-figures.js';
import { centerRow, printCenterTable, type CenterRow } from './center-report.js';
import {
  printTable,
  printTriadsTable,
  resultRow,
  triadsRow,
  writeLatest,
  type Row,
  type TriadsRow,
} from './report.js';
import { killAllChildren } from './server-child.js';
import { measureTriads } from './triads.js';

/** The whole bench stops itself after this, whatever happens (center-200x20 adds 1.5–3 minutes). */
const WATCHDOG_MS = 10 * 60_000;

const SCENARIOS: Scenario[] = [
  { name: '1x40', rooms: 1, perRoom: 40, summaryP99TargetMs: null },
  { name: '1x2000', rooms: 1, perRoom: 2000, summaryP99TargetMs: 250 },
  { name: '200x25', rooms: 200, perRoom: 25, summaryP99TargetMs: 100 },
];

// ── main ─────────────────────────────────────────────────────────────────────

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000} s, giving up`);
  killAllChildren();
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

const only = process.env.BENCH_ONLY;
const rows: Row[] = [];
let triads: TriadsRow | null = null;
let center: CenterRow | null = null;
const benchStart = performance.now();
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
  // After the poll scenarios: one program day, 300 phones in triads, three rounds (bench/triads.ts).
  if (!only || 'triads-1x300'.includes(only)) {
    const started = performance.now();
    process.stderr.write('triads-1x300: app… ');
    triads = triadsRow(await measureTriads());
    process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  // Reports: a seeded center's exports while a live room answers, and the dashboard (bench/center-figures.ts).
  if (!only || 'center-200x20'.includes(only)) {
    const started = performance.now();
    process.stderr.write('center-200x20: app… ');
    center = centerRow(await measureCenter());
    process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
} finally {
  killAllChildren();
}

console.log();
if (rows.length > 0) printTable(rows);
if (triads) {
  if (rows.length > 0) console.log();
  printTriadsTable(triads);
}
if (center) {
  if (rows.length > 0 || triads) console.log();
  printCenterTable(center);
}
console.log(`\nwhole bench: ${((performance.now() - benchStart) / 1000).toFixed(1)} s`);
writeLatest([...rows, ...(triads ? [triads] : []), ...(center ? [center] : [])]);
// Client sockets close asynchronously; nothing more to wait for.
process.exit(0);
