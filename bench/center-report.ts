/** The reporting scenario's row in latest.json and its printed table (bench/center-figures.ts). */
import {
  DASHBOARD_P95_TARGET_MS,
  EXPORT_TARGET_MS,
  RSS_GROWTH_TARGET_MB,
  type CenterMeasurement,
} from './center-figures.js';
import { mark, ms, REVISION, round } from './report.js';

/** The reporting scenario's row (center-200x20): exports, memory, the live room, the dashboard. */
export function centerRow(m: CenterMeasurement) {
  const exportMaxMs = Math.max(...m.exports.map((e) => e.ms));
  const growthMb = m.peakRssMb - m.idleRssMb;
  const dash = m.dashboard;
  return {
    scenario: 'center-200x20',
    revision: REVISION,
    seeded: m.seedCounts,
    seedMs: Math.round(m.seedMs),
    exports: m.exports.map((e) => ({
      dataset: e.dataset,
      status: e.status,
      ms: round(e.ms, 0),
      bytes: e.bytes,
      maxRssMbAfter: round(e.maxRssMb),
      rows: e.rows,
      expectedRows: e.expected,
      rowsMatch: e.rowsMatch,
    })),
    exportMaxMs: round(exportMaxMs, 0),
    idleRssMb: round(m.idleRssMb),
    maxRssBeforeExportMb: round(m.maxRssBeforeMb),
    peakRssMb: round(m.peakRssMb),
    rssGrowthMb: round(growthMb),
    roomAckQuietP50Ms: round(m.roomQuiet.p50, 2),
    roomAckQuietP99Ms: round(m.roomQuiet.p99, 2),
    roomAckQuietSamples: m.roomQuiet.count,
    roomAckExportP50Ms: round(m.roomDuringExport.p50, 2),
    roomAckExportP99Ms: round(m.roomDuringExport.p99, 2),
    roomAckExportMaxMs: round(m.roomDuringExport.max, 2),
    roomAckExportSamples: m.roomDuringExport.count,
    roomAnswersRefused: m.roomRefused,
    dashboardSkipped: m.dashboardSkipped,
    dashboardP50Ms: dash ? round(dash.plain.p50, 2) : null,
    dashboardP95Ms: dash ? round(dash.plain.p95, 2) : null,
    dashboardP99Ms: dash ? round(dash.plain.p99, 2) : null,
    dashboardTemplateP50Ms: dash ? round(dash.filtered.p50, 2) : null,
    dashboardTemplateP95Ms: dash ? round(dash.filtered.p95, 2) : null,
    dashboardTemplateP99Ms: dash ? round(dash.filtered.p99, 2) : null,
    dashboardUntimed: dash ? dash.untimed : null,
    serverCpuPct: round(m.serverCpuPct),
    otherCpuPct: round(m.otherCpuPct),
    dashboardServerCpuPct: round(m.dashboardServerCpuPct),
    dashboardOtherCpuPct: round(m.dashboardOtherCpuPct),
    maxRssAfterDashboardMb: round(m.maxRssAfterDashboardMb),
    totalMs: Math.round(m.totalMs),
    targets: {
      exportMs: EXPORT_TARGET_MS,
      exportMet: m.exports.every((e) => e.status === 200 && e.ms <= EXPORT_TARGET_MS),
      rssGrowthMb: RSS_GROWTH_TARGET_MB,
      rssMet: growthMb <= RSS_GROWTH_TARGET_MB,
      rowsMet: m.exports.every((e) => e.rowsMatch),
      dashboardP95Ms: DASHBOARD_P95_TARGET_MS,
      dashboardMet: dash
        ? dash.untimed === 0 &&
          dash.plain.p95 <= DASHBOARD_P95_TARGET_MS &&
          dash.filtered.p95 <= DASHBOARD_P95_TARGET_MS
        : null,
    },
  };
}

export type CenterRow = ReturnType<typeof centerRow>;

export function printCenterTable(r: CenterRow): void {
  const rows = r.exports.map((e) => [
    e.dataset,
    e.status === 200 ? `${ms(e.ms)}${mark(e.ms !== null && e.ms <= EXPORT_TARGET_MS)}` : `HTTP ${e.status}`,
    `${(e.bytes / 1024 / 1024).toFixed(1)}`,
    Object.entries(e.rows)
      .map(([sheet, n]) => `${sheet} ${n}`)
      .join(', '),
    e.rowsMatch ? '✓' : '✗',
    `${e.maxRssMbAfter ?? '-'}`,
  ]);
  const head = [
    'export (xlsx)',
    'to last byte ms',
    'MB',
    'data rows per sheet',
    'rows = seed',
    'maxRSS after MB',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((c) => (c[i] as string).length)));
  const line = (c: string[]) => c.map((v, i) => v.padStart(widths[i] as number)).join('  ');
  console.log(
    `${r.scenario}: 200 ended programs × 20 members × 4 days (seeded in ${(r.seedMs / 1000).toFixed(1)} s)`,
  );
  const seeded = Object.entries(r.seeded).map(([k, v]) => `${k} ${v}`);
  console.log(`seeded rows: ${seeded.join(', ')}\n`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of rows) console.log(line(c));
  console.log(
    `\nRSS: idle ${r.idleRssMb} MB (after GC), maxRSS before the exports ${r.maxRssBeforeExportMb} MB, peak ${r.peakRssMb} MB,` +
      ` growth ${r.rssGrowthMb} MB${mark(r.targets.rssMet)}`,
  );
  console.log(
    `live room (${r.roomAckQuietSamples} + ${r.roomAckExportSamples} answers, 20 phones × 1/s): ack p50/p99` +
      ` ${ms(r.roomAckQuietP50Ms)}/${ms(r.roomAckQuietP99Ms)} ms without an export,` +
      ` ${ms(r.roomAckExportP50Ms)}/${ms(r.roomAckExportP99Ms)} ms during (max ${ms(r.roomAckExportMaxMs)}), refused ${r.roomAnswersRefused}`,
  );
  console.log(
    r.dashboardSkipped
      ? `dashboard: skipped — ${r.dashboardSkipped}`
      : `dashboard (server time, Server-Timing): a year p50/p95/p99 ${ms(r.dashboardP50Ms)}/${ms(r.dashboardP95Ms)}/` +
          `${ms(r.dashboardP99Ms)} ms; with a template ${ms(r.dashboardTemplateP50Ms)}/${ms(r.dashboardTemplateP95Ms)}/` +
          `${ms(r.dashboardTemplateP99Ms)} ms${mark(r.targets.dashboardMet)} (untimed ${r.dashboardUntimed});` +
          ` srv CPU ${r.dashboardServerCpuPct ?? '-'}%, other CPU ${r.dashboardOtherCpuPct ?? '-'}%; maxRSS after ${r.maxRssAfterDashboardMb} MB`,
  );
  console.log(`exports: srv CPU ${r.serverCpuPct ?? '-'}%, other CPU ${r.otherCpuPct ?? '-'}%`);
  console.log(
    `\n(✓/✗ = target: each export ≤ ${EXPORT_TARGET_MS} ms to its last byte; peak RSS growth over the idle server ≤ ` +
      `${RSS_GROWTH_TARGET_MB} MB; every sheet's data rows equal to the seed; dashboard p95 ≤ ${DASHBOARD_P95_TARGET_MS} ms)`,
  );
}
