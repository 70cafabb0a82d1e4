import { dateCell, EMPTY_CELL, numberCell, textCell, type Cell } from '../../shared/export/cells.js';
import { dashboardView } from '../../shared/figures/dashboard.js';
import { programFigures, type ProgramFigures } from '../../shared/figures/program-figures.js';
import type { DashboardRow, DashboardView, TotalFigure } from '../../shared/figures/views.js';
import type { CountFigure, Figure } from '../../shared/privacy/figures.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import type { Dataset, DatasetColumn, ExportContext } from './datasets.js';

/**
 * 센터 요약: the dashboard as a table (design §6.4), one row per program of the export and a last
 * "합계" row. Built by `dashboardView`, the code `GET /api/dashboard` answers with, from the same figure
 * store rows, so the file and the page cannot disagree: every figure is already under the small-count
 * rule, and a suppressed one is the text "3명 미만" (the center's threshold), never a number. Programs
 * only — no participant is in it. Rates are percentages to one decimal, means to two.
 */

const percent = (v: number) => Math.round(v * 1000) / 10;
const mean2 = (v: number) => Math.round(v * 100) / 100;

/** The text a suppressed figure is written as. */
export const lessThanText = (t: number) => `${t}명 미만`;

function instrumentKey(p: { instrumentId: string; instrumentVersion: number }): string {
  return `prepost:${p.instrumentId}@${p.instrumentVersion}`;
}

/** A rate and its numerator and n: three cells, the first "3명 미만" when suppressed. */
function rateCells(f: Figure | null): Cell[] {
  if (f === null) return [EMPTY_CELL, EMPTY_CELL, EMPTY_CELL];
  if ('lessThan' in f) return [textCell(lessThanText(f.lessThan)), EMPTY_CELL, EMPTY_CELL];
  return [numberCell(percent(f.value)), numberCell(f.numerator ?? 0), numberCell(f.n)];
}

/** A mean and its n: two cells (`asPercent` for a mean of shares, such as attendance). */
function meanCells(f: Figure | null, asPercent = false): Cell[] {
  if (f === null) return [EMPTY_CELL, EMPTY_CELL];
  if ('lessThan' in f) return [textCell(lessThanText(f.lessThan)), EMPTY_CELL];
  return [numberCell(asPercent ? percent(f.value) : mean2(f.value)), numberCell(f.n)];
}

function countCell(f: CountFigure): Cell {
  return 'count' in f ? numberCell(f.count) : textCell(lessThanText(f.lessThan));
}

/** A total over the shown programs (null when none was shown) as the figure it is. */
const totalFigure = (t: TotalFigure): Figure | null => t.total;

function columnsOf(view: DashboardView): DatasetColumn[] {
  return [
    { key: 'program', header: '프로그램', kind: 'text' },
    { key: 'firstDay', header: '시작일', kind: 'date' },
    { key: 'lastDay', header: '종료일', kind: 'date' },
    { key: 'status', header: '상태', kind: 'text' },
    { key: 'participants', header: '참여자 수', kind: 'number' },
    { key: 'attendance', header: '출석률(%)', kind: 'number' },
    { key: 'attendanceN', header: '출석률 대상(n)', kind: 'number' },
    { key: 'completion', header: '수료율(%)', kind: 'number' },
    { key: 'completers', header: '수료자', kind: 'number' },
    { key: 'completionN', header: '수료 대상(n)', kind: 'number' },
    { key: 'satisfaction', header: '만족도 평균', kind: 'number' },
    { key: 'satisfactionN', header: '만족도 응답(n)', kind: 'number' },
    ...view.totals.prePost.flatMap((p): DatasetColumn[] => [
      { key: `${instrumentKey(p)}:change`, header: `${p.name.ko} 사전·사후 변화`, kind: 'number' },
      { key: `${instrumentKey(p)}:n`, header: `${p.name.ko} 쌍(n)`, kind: 'number' },
    ]),
    { key: 'employment', header: '취업률(%)', kind: 'number' },
    { key: 'employed', header: '취업자', kind: 'number' },
    { key: 'reached', header: '연락된 수료자', kind: 'number' },
    { key: 'referrals', header: '연계 건수', kind: 'number' },
    { key: 'connected', header: '연계 완료', kind: 'number' },
    { key: 'note', header: '비고', kind: 'text' },
  ];
}

function programRow(view: DashboardView, row: DashboardRow): Cell[] {
  return [
    textCell(row.title),
    row.firstDay ? dateCell(row.firstDay) : EMPTY_CELL,
    row.lastDay ? dateCell(row.lastDay) : EMPTY_CELL,
    textCell(row.inProgress ? '진행 중' : '종료'),
    numberCell(row.participants),
    ...meanCells(row.attendance, true),
    ...rateCells(row.completion.figure),
    ...meanCells(row.satisfaction),
    ...view.totals.prePost.flatMap((i) => {
      const mine = row.prePost.find(
        (p) => p.instrumentId === i.instrumentId && p.instrumentVersion === i.instrumentVersion,
      );
      return meanCells(mine ? mine.meanChange : null);
    }),
    ...rateCells(row.employment),
    countCell(row.referrals.count),
    countCell(row.referrals.connected),
    row.completion.figure && !row.completion.final ? textCell('수료율은 예상') : EMPTY_CELL,
  ];
}

/**
 * "3명 미만 프로그램 n개 제외": one count when every total that left programs out left out as many,
 * else per figure (a program can be shown for attendance and left out of satisfaction).
 */
function omittedNote(view: DashboardView): string {
  const t = view.totals;
  const parts: [string, number][] = [
    ['출석률', t.attendance.omitted],
    ['수료율', t.completion.omitted],
    ['만족도', t.satisfaction.omitted],
    ...t.prePost.map((p): [string, number] => [p.name.ko, p.meanChange.omitted]),
    ['취업률', t.employment.omitted],
    ['연계', t.referrals.omitted],
  ];
  const left = parts.filter(([, n]) => n > 0);
  const under = `${lessThanText(view.threshold)} 프로그램`;
  const counts = new Set(left.map(([, n]) => n));
  if (counts.size <= 1) return `${under} ${left[0]?.[1] ?? 0}개 제외`;
  return left.map(([name, n]) => `${name}: ${under} ${n}개 제외`).join(', ');
}

function totalRow(view: DashboardView): Cell[] {
  const t = view.totals;
  return [
    textCell('합계'),
    EMPTY_CELL,
    EMPTY_CELL,
    textCell(`프로그램 ${t.programs}개`),
    numberCell(t.participants),
    ...meanCells(totalFigure(t.attendance), true),
    ...rateCells(totalFigure(t.completion)),
    ...meanCells(totalFigure(t.satisfaction)),
    ...t.prePost.flatMap((p) => meanCells(totalFigure(p.meanChange))),
    ...rateCells(totalFigure(t.employment)),
    numberCell(t.referrals.count),
    numberCell(t.referrals.connected),
    textCell(omittedNote(view)),
  ];
}

/** The dashboard's view of exactly the export's programs, in the export's order. */
async function summaryView(ctx: ExportContext): Promise<DashboardView> {
  const center = await ctx.storage.centers.findById(ctx.centerId);
  if (!center) throw new Error(`center ${ctx.centerId} not found`);
  const today = todayIn(CENTER_TIME_ZONE, new Date(ctx.now));
  const ids = ctx.programs.map((p) => p.id);
  // No program: nothing to read (an empty id list would not narrow the store's scope).
  let figures: ProgramFigures[] = [];
  if (ids.length > 0) {
    const rows = await ctx.storage.figures.rows({ centerId: ctx.centerId, today, programIds: ids });
    const byId = new Map(programFigures(rows, center.completionThreshold).map((f) => [f.program.id, f]));
    figures = ids.flatMap((id) => byId.get(id) ?? []);
  }
  return dashboardView(figures, {
    query: { from: null, to: null, templateId: null, facilitatorId: null },
    scope: ctx.scope === 'center' ? 'center' : 'own',
    threshold: center.smallCountThreshold,
    completionThreshold: center.completionThreshold,
    filters: { templates: [], facilitators: [] },
  });
}

async function* summaryRows(view: DashboardView): AsyncGenerator<readonly Cell[]> {
  for (const row of view.programs) yield programRow(view, row);
  yield totalRow(view);
}

export const summaryDataset: Dataset = {
  id: 'summary',
  label: { ko: '센터 요약', en: 'Center summary' },
  // No participant column: programs only, each figure under the small-count rule.
  anonymous: false,
  formats: ['xlsx', 'csv'],
  sheets: async (ctx) => {
    const view = await summaryView(ctx);
    return [{ name: '프로그램별', columns: columnsOf(view), rows: summaryRows(view) }];
  },
};
