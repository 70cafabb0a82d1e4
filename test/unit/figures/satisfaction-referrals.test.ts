import { describe, expect, it } from 'vitest';
import { dashboardView } from '../../../shared/figures/dashboard.js';
import { programFigures } from '../../../shared/figures/program-figures.js';
import { programReport } from '../../../shared/figures/program-report.js';
import {
  HEALTH_GROUP,
  type FigureRows,
  type SatisfactionGroupRow,
  type ScopedProgram,
} from '../../../shared/figures/rows.js';
import { dashboardViewSchema, programReportSchema } from '../../../shared/figures/views.js';

/**
 * Satisfaction and referrals of the pure figures on fixed data, every number worked by hand below (the
 * store's group numbers given as it answers them).
 *
 * Program a, four released responses with scores 4, 5, 3, 4:
 *   mean 16 / 4 = 4; Σ(x − x̄)² = 0 + 1 + 1 + 0 = 2; sd = √(2 / 3) = 0.8164965809
 *   item `content` rated 5, 4, 4, 3: mean 4, Σ(x − x̄)² = 2, the same sd; counts 3:1, 4:2, 5:1
 * Program b, six responses, mean 4.5 (Σ = 27), Σ(x − x̄)² = 1.5, sd = √(1.5 / 5) = 0.5477225575
 * Program c, two responses (mean 3): under the threshold 3, "3명 미만", left out of every total.
 * Center: pooled over respondents of the shown programs a and b = (16 + 27) / (4 + 6) = 4.3 (n = 10),
 * 1 left out; by type: template `t1` (a and c) = 4 (n = 4, 1 left out), no template (b) = 4.5.
 * Referrals: a has 3 to national-employment-support (2 connected) and 3 health-related (1 connected):
 * 6, 3 connected; b has 2 (a count under 3: left out of the totals); c none (0, which tells nothing).
 */
const program = (id: string, templateId: string | null): ScopedProgram => ({
  id,
  title: `프로그램 ${id}`,
  group: '',
  templateId,
  trackId: null,
  status: 'ended',
  firstDay: '2025-03-10',
  lastDay: '2025-03-11',
});

const survey = (
  programId: string,
  n: number,
  mean: number,
  ss: number,
  counts: { rating: number; count: number }[] = [{ rating: 4, count: n }],
): SatisfactionGroupRow => ({
  programId,
  instrumentId: 'program-satisfaction',
  instrumentVersion: 1,
  respondents: n,
  n,
  mean,
  ss,
  items: [
    {
      itemId: 'content',
      n,
      mean,
      ss,
      counts,
    },
  ],
});

const rows: FigureRows = {
  programs: [program('a', 't1'), program('b', null), program('c', 't1')],
  days: [],
  members: [],
  prePost: [],
  employment: [],
  satisfaction: [
    survey('a', 4, 4, 2, [
      { rating: 3, count: 1 },
      { rating: 4, count: 2 },
      { rating: 5, count: 1 },
    ]),
    survey('b', 6, 4.5, 1.5),
    survey('c', 2, 3, 0),
  ],
  referrals: [
    { programId: 'a', service: 'national-employment-support', referrals: 3, connected: 2 },
    { programId: 'a', service: HEALTH_GROUP, referrals: 3, connected: 1 },
    { programId: 'b', service: 'tomorrow-learning-card', referrals: 2, connected: 2 },
  ],
};

const figures = programFigures(rows, 0.8);
const report = (i: number) =>
  programReport(figures[i]!, {
    centerName: '센터',
    completionThreshold: 0.8,
    smallCountThreshold: 3,
    today: '2025-06-01',
    facilitators: [],
    testimonials: [{ text: '많이 배웠습니다', byline: { ko: '참여자', en: 'Participant' } }],
    days: [],
  });

describe('satisfaction figures', () => {
  it('computes n, mean and the two-pass sd of a program, per item too', () => {
    const [s] = figures[0]!.satisfaction;
    expect(s!.respondents).toBe(4);
    expect(s!.overall.mean).toBe(4);
    expect(s!.overall.sd).toBeCloseTo(0.8164965809, 9);
    const content = s!.items.find((i) => i.itemId === 'content')!;
    expect(content).toMatchObject({ n: 4, mean: 4 });
    expect(content.counts).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 0 },
      { value: 3, count: 1 },
      { value: 4, count: 2 },
      { value: 5, count: 1 },
    ]);
    expect(figures[1]!.satisfaction[0]!.overall.sd).toBeCloseTo(0.5477225575, 9);
    // An item nobody answered has no mean and no sd.
    expect(s!.items.find((i) => i.itemId === 'overall')).toMatchObject({ n: 0, mean: null, sd: null });
  });

  it('prints the mean with n, and "3명 미만" under the threshold with no sd or distribution', () => {
    const a = programReportSchema.parse(report(0));
    expect(a.satisfaction[0]!.overall.mean).toEqual({ value: 4, n: 4 });
    expect(a.testimonials).toEqual([
      { text: '많이 배웠습니다', byline: { ko: '참여자', en: 'Participant' } },
    ]);
    const c = programReportSchema.parse(report(2));
    expect(c.satisfaction[0]!.overall).toEqual({ mean: { lessThan: 3 }, sd: null });
    expect(c.satisfaction[0]!.items[0]).toMatchObject({
      mean: { lessThan: 3 },
      sd: null,
      distribution: { withheld: true },
    });
  });

  it('pools the center mean over respondents of shown programs only, and per program type', () => {
    const view = dashboardViewSchema.parse(
      dashboardView(figures, {
        query: { from: null, to: null, templateId: null, facilitatorId: null },
        scope: 'center',
        threshold: 3,
        completionThreshold: 0.8,
        filters: { templates: [], facilitators: [] },
      }),
    );
    expect(view.programs.map((p) => p.satisfaction)).toEqual([
      { value: 4, n: 4 },
      { value: 4.5, n: 6 },
      { lessThan: 3 },
    ]);
    expect(view.totals.satisfaction.omitted).toBe(1);
    expect(view.totals.satisfaction.total!.n).toBe(10);
    expect(view.totals.satisfaction.total!.value).toBeCloseTo(4.3, 12);
    expect(view.totals.satisfactionByType).toEqual([
      { templateId: 't1', name: null, mean: { total: { value: 4, n: 4 }, omitted: 1 } },
      { templateId: null, name: null, mean: { total: { value: 4.5, n: 6 }, omitted: 0 } },
    ]);
    expect(view.programs.map((p) => p.referrals)).toEqual([
      { count: { count: 6 }, connected: { count: 3 } },
      { count: { lessThan: 3 }, connected: { lessThan: 3 } },
      { count: { count: 0 }, connected: { count: 0 } },
    ]);
    expect(view.totals.referrals).toEqual({ count: 6, connected: 3, omitted: 1 });
  });
});

describe('referral figures', () => {
  it('counts by service with the health-related ones as one unnamed group, and the connected', () => {
    const a = report(0).referrals;
    expect(a.total).toEqual({ count: 6 });
    expect(a.byService).toEqual({
      cells: [
        { key: 'national-employment-support', count: 3 },
        { key: HEALTH_GROUP, count: 3 },
      ],
    });
    expect(a.names[HEALTH_GROUP]).toEqual({ ko: '건강 관련 지원', en: 'Health-related support' });
    expect(a.status).toEqual({
      cells: [
        { key: 'connected', count: 3 },
        { key: 'other', count: 3 },
      ],
    });
    // Two referrals: fewer than the threshold, so neither the count nor a breakdown is shown.
    const b = report(1).referrals;
    expect(b).toMatchObject({
      total: { lessThan: 3 },
      byService: { withheld: true },
      status: { withheld: true },
    });
    expect(JSON.stringify(report(0))).not.toMatch(/정신건강|mental-health/);
  });
});
