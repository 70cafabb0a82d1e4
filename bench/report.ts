/**
 * The report: one row per scenario (what latest.json holds), the printed table, and which server code
 * was measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WINDOW_MS, type Measurement, type Scenario } from './measure.js';
import { RESULTS_DIR, ROOT } from './paths.js';
import type { CenterRow } from './center-report.js';
import { TRIADS_P99_TARGET_MS, type TriadsMeasurement } from './triads.js';

/** Targets judged in every row (the answer → summary p99 target is per scenario). */
const RATIO_TARGET = 2;
const RSS_TARGET_KB = 60;

export const round = (x: number, digits = 1) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

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
export const REVISION = serverRevision();

export function resultRow(scenario: Scenario, app: Measurement, bare: Measurement) {
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

export type Row = ReturnType<typeof resultRow>;

export function printTable(rows: Row[]): void {
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

/** The triads scenario's row (latest.json holds it after the poll scenarios' rows). */
export function triadsRow(m: TriadsMeasurement) {
  const durable =
    m.answersStored !== null &&
    m.answersStored >= m.answersAcked &&
    m.answersUnacked === 0 &&
    m.answersAcked === m.answersSent;
  return {
    scenario: 'triads-1x300',
    revision: REVISION,
    participants: m.participants,
    groups: m.groups,
    rounds: 3,
    answerWindowMs: WINDOW_MS,
    formToGroupP50Ms: round(m.formToGroup.p50, 2),
    formToGroupP99Ms: round(m.formToGroup.p99, 2),
    startToRoleP50Ms: round(m.startToRole.p50, 2),
    startToRoleP99Ms: round(m.startToRole.p99, 2),
    startToRoleMaxMs: round(m.startToRole.max, 2),
    startToRoleSamples: m.startToRole.count,
    formToRoleP50Ms: round(m.formToRole.p50, 2),
    formToRoleP99Ms: round(m.formToRole.p99, 2),
    startToPersonalP50Ms: round(m.startToPersonal.p50, 2),
    startToPersonalP99Ms: round(m.startToPersonal.p99, 2),
    answerAckP50Ms: round(m.answerAck.p50, 2),
    answerAckP99Ms: round(m.answerAck.p99, 2),
    answerToCandidateP50Ms: round(m.answerToCandidate.p50, 2),
    answerToCandidateP99Ms: round(m.answerToCandidate.p99, 2),
    answerToCandidateMaxMs: round(m.answerToCandidate.max, 2),
    phonesWithoutRole: m.phonesWithoutRole,
    answersSent: m.answersSent,
    answersAcked: m.answersAcked,
    answersStored: m.answersStored,
    answersRefused: m.answersRefused,
    answersUnacked: m.answersUnacked,
    answersNeverSeen: m.answersNeverSeen,
    serverCpuPct: round(m.serverCpuPct),
    otherCpuPct: round(m.otherCpuPct),
    joinPhaseMs: Math.round(m.joinPhaseMs),
    totalMs: Math.round(m.totalMs),
    targets: {
      p99Ms: TRIADS_P99_TARGET_MS,
      roleMet: m.phonesWithoutRole === 0 && m.startToRole.p99 <= TRIADS_P99_TARGET_MS,
      candidateMet: m.answersNeverSeen === 0 && m.answerToCandidate.p99 <= TRIADS_P99_TARGET_MS,
      everyAckDurable: durable,
    },
  };
}

export type TriadsRow = ReturnType<typeof triadsRow>;

export function printTriadsTable(r: TriadsRow): void {
  const cols: [string, string][] = [
    ['scenario', r.scenario],
    ['n', String(r.participants)],
    ['form→group p50', ms(r.formToGroupP50Ms)],
    ['p99', ms(r.formToGroupP99Ms)],
    ['start→role p50', ms(r.startToRoleP50Ms)],
    ['p99', `${ms(r.startToRoleP99Ms)}${mark(r.targets.roleMet)}`],
    ['start→view p99', ms(r.startToPersonalP99Ms)],
    ['ack p99', ms(r.answerAckP99Ms)],
    ['answer→candidate p50', ms(r.answerToCandidateP50Ms)],
    ['p99', `${ms(r.answerToCandidateP99Ms)}${mark(r.targets.candidateMet)}`],
    ['acked', `${r.answersAcked}/${r.answersSent}`],
    ['stored', `${r.answersStored ?? '-'}${mark(r.targets.everyAckDurable)}`],
    ['srv CPU', `${r.serverCpuPct ?? '-'}%`],
    ['other CPU', `${r.otherCpuPct ?? '-'}%`],
  ];
  const widths = cols.map(([h, v]) => Math.max(h.length, v.length));
  console.log(cols.map(([h], i) => h.padStart(widths[i] as number)).join('  '));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(cols.map(([, v], i) => v.padStart(widths[i] as number)).join('  '));
  console.log(
    `\n(ms; 100 triads × 3 rounds, the observers' 7 answers each spread over ${WINDOW_MS} ms per round;` +
      ` role = round:updated naming the phone's role, from round:start sent (all 3 starts);` +
      ` view = its personal view with the role; ✓/✗ = p99 ≤ ${TRIADS_P99_TARGET_MS} ms; every acked answer on disk after SIGKILL)`,
  );
}

export const ms = (x: number | null) => (x === null ? '-' : x.toFixed(1));
export const mark = (met: boolean | null) => (met === null ? '' : met ? ' ✓' : ' ✗');

export function writeLatest(rows: (Row | TriadsRow | CenterRow)[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\nwrote ${join('bench', 'results', 'latest.json')}`);
}
