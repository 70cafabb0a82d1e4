import { describe, expect, it } from 'vitest';
import { dashboardView } from '../../../shared/figures/dashboard.js';
import { poolPrePost, programFigures } from '../../../shared/figures/program-figures.js';
import { programReport } from '../../../shared/figures/program-report.js';
import type { FigureRows, PrePostGroupRow, ScopedProgram } from '../../../shared/figures/rows.js';
import { dashboardViewSchema, programReportSchema } from '../../../shared/figures/views.js';
import { comparePrePost } from '../../../shared/scoring/prepost.js';

/**
 * The pure figures (shared/figures/) on fixed data, against numbers written here with how they were
 * worked out. The store's sums are given as the store would answer them.
 */

const program = (id: string, extra: Partial<ScopedProgram> = {}): ScopedProgram => ({
  id,
  title: `프로그램 ${id}`,
  group: '',
  templateId: null,
  trackId: null,
  status: 'ended',
  firstDay: '2025-03-10',
  lastDay: '2025-03-11',
  ...extra,
});

/** Two held 4-hour days. */
const days = (programId: string, present: [number, number]) =>
  (['2025-03-10', '2025-03-11'] as const).map((date, i) => ({
    programId,
    dayId: `${programId}-d${i + 1}`,
    date,
    plannedMinutes: 240,
    held: true,
    running: false,
    present: present[i]!,
    attendedHours: present[i]! * 4,
  }));

/**
 * The 6-member pre/post table, worked by hand (and checked with scipy.stats.ttest_rel):
 *   pre  10 12 14 11 13 15   mean 75/6 = 12.5
 *   post 13 14 15 15 14 18   mean 89/6 = 14.8333
 *   d     3  2  1  4  1  3   mean 14/6 = 2.3333, min 1, max 4
 *   (d − d̄)²: 0.4444 0.1111 1.7778 2.7778 1.7778 0.4444, Σ = 7.3333
 *   sd = √(7.3333 / 5) = 1.21106; se = sd / √6 = 0.494413
 *   t = 2.3333 / 0.494413 = 4.71940, df = 5, p (two-sided) = 0.0052454
 *   95% CI = 2.3333 ± t(0.975, 5) 2.570582 × 0.494413 = 2.3333 ± 1.270930 = [1.06240, 3.60426]
 *   d_z = 2.3333 / 1.21106 = 1.92669
 */
const PRE = [10, 12, 14, 11, 13, 15];
const POST = [13, 14, 15, 15, 14, 18];
const sixPairs = (programId: string): PrePostGroupRow => ({
  programId,
  instrumentId: 'swls',
  instrumentVersion: 1,
  members: 8,
  missingPre: 1,
  missingPost: 1,
  n: 6,
  meanPre: 12.5,
  meanPost: 89 / 6,
  meanChange: 14 / 6,
  ssChange: 22 / 3,
  minChange: 1,
  maxChange: 4,
});

const members = (programId: string, attended: number[]) =>
  attended.map((h, i) => ({ programId, memberId: `${programId}-m${i}`, attended: h, attendedHeld: h }));

describe('program figures', () => {
  it('computes the six-pair test as worked by hand, and as comparePrePost does from the rows', () => {
    const rows: FigureRows = {
      programs: [program('a')],
      days: days('a', [8, 7]),
      members: members('a', [8, 8, 8, 8, 8, 8, 7, 4]),
      prePost: [sixPairs('a')],
      employment: [],
      satisfaction: [],
      referrals: [],
    };
    const [f] = programFigures(rows, 0.8);
    const p = f!.prePost[0]!;
    expect(p.n).toBe(6);
    expect(p.meanPre).toBeCloseTo(12.5, 10);
    expect(p.meanPost).toBeCloseTo(14.833333, 6);
    expect(p.meanChange).toBeCloseTo(2.333333, 6);
    expect(p.sdChange).toBeCloseTo(1.21106, 5);
    expect(p.t).toBeCloseTo(4.7194, 4);
    expect(p.df).toBe(5);
    expect(p.p).toBeCloseTo(0.0052454, 6);
    expect(p.ci!.lower).toBeCloseTo(1.0624, 5);
    expect(p.ci!.upper).toBeCloseTo(3.60426, 5);
    expect(p.dz).toBeCloseTo(1.92669, 5);
    expect([p.missingPre, p.missingPost, p.missingBoth]).toEqual([1, 1, 0]);
    const rowsResult = comparePrePost(PRE.map((pre, i) => ({ participantId: `m${i}`, pre, post: POST[i] })));
    expect(p.t).toBeCloseTo(rowsResult.t!, 12);
  });

  it('counts completion at the threshold: 8 hours planned, 80% is 6.4 hours', () => {
    // Attended 8, 8, 8, 8, 8, 8, 7, 4 of 8 hours: 7 reach 6.4 hours, the one with 4 does not → 7 / 8.
    const [f] = programFigures(
      {
        programs: [program('a')],
        days: days('a', [8, 7]),
        members: members('a', [8, 8, 8, 8, 8, 8, 7, 4]),
        prePost: [],
        employment: [],
        satisfaction: [],
        referrals: [],
      },
      0.8,
    );
    expect(f!.completion).toMatchObject({ n: 8, completed: 7, final: true, rate: 7 / 8, scheduledHours: 8 });
    // Attendance so far: (6 × 8 + 7 + 4) / (8 hours × 8 members) = 59 / 64.
    expect(f!.attendance.rate).toBeCloseTo(59 / 64, 12);
  });

  it('counts the employment rate over completers reached, from the latest outcomes', () => {
    // Completers: m0..m5 (6). Latest: m0, m1 employed (self, placed), m2 training, m3 seeking, m4
    // declined, m5 none; m7 (did not complete) employed and left out. Reached 4, employed 2 → 50%.
    const out = (
      i: number,
      status: 'employed' | 'training' | 'seeking' | 'declined',
      placement?: 'self' | 'placed',
    ) => ({
      programId: 'a',
      memberId: `a-m${i}`,
      status,
      placement: placement ?? null,
    });
    const [f] = programFigures(
      {
        programs: [program('a')],
        days: days('a', [8, 7]),
        members: members('a', [8, 8, 8, 8, 8, 8, 7, 4]),
        prePost: [],
        employment: [
          out(0, 'employed', 'self'),
          out(1, 'employed', 'placed'),
          out(2, 'training'),
          out(3, 'seeking'),
          out(4, 'declined'),
          out(7, 'employed', 'self'),
        ],
        satisfaction: [],
        referrals: [],
      },
      0.8,
    );
    expect(f!.employment).toMatchObject({
      completers: 7,
      reached: 4,
      employed: 2,
      employedSelf: 1,
      employedPlaced: 1,
      training: 1,
      seeking: 1,
      declined: 1,
      noOutcome: 2,
      rate: 0.5,
    });
  });

  it('pools groups by their numbers alone, equal to the test over every pair', () => {
    const a = comparePrePost(
      PRE.slice(0, 3).map((pre, i) => ({ participantId: `a${i}`, pre, post: POST[i] })),
    );
    const b = comparePrePost(
      PRE.slice(3).map((pre, i) => ({ participantId: `b${i}`, pre, post: POST[i + 3] })),
    );
    const group = (r: typeof a, d: number[]) => ({
      n: r.n,
      meanPre: r.meanPre,
      meanPost: r.meanPost,
      meanChange: r.meanChange,
      ssChange: d.reduce((s, x) => s + (x - r.meanChange!) ** 2, 0),
      minChange: Math.min(...d),
      maxChange: Math.max(...d),
    });
    const pooled = poolPrePost([group(a, [3, 2, 1]), group(b, [4, 1, 3])]);
    expect(pooled).toMatchObject({ n: 6, meanPre: 12.5, minChange: 1, maxChange: 4 });
    expect(pooled.meanChange).toBeCloseTo(14 / 6, 12);
    expect(pooled.ssChange).toBeCloseTo(22 / 3, 12);
  });
});

describe('the small-count rule in the dashboard and the report', () => {
  // a: 8 members (shown); b: 2 members (hidden, "3명 미만"); c: 5 members, nobody reached.
  const rows: FigureRows = {
    programs: [program('a'), program('b'), program('c')],
    days: [...days('a', [8, 7]), ...days('b', [2, 2]), ...days('c', [5, 5])],
    members: [
      ...members('a', [8, 8, 8, 8, 8, 8, 7, 4]),
      ...members('b', [8, 2]),
      ...members('c', [8, 8, 8, 8, 8]),
    ],
    prePost: [sixPairs('a'), { ...sixPairs('b'), members: 2, n: 2, missingPre: 0, missingPost: 0 }],
    employment: [
      ...[0, 1, 2].map((i) => ({
        programId: 'a',
        memberId: `a-m${i}`,
        status: 'employed' as const,
        placement: 'self' as const,
      })),
      { programId: 'a', memberId: 'a-m3', status: 'seeking' as const, placement: null },
      { programId: 'b', memberId: 'b-m0', status: 'employed' as const, placement: 'placed' as const },
    ],
    satisfaction: [],
    referrals: [],
  };
  const view = dashboardView(programFigures(rows, 0.8), {
    query: { from: null, to: null, templateId: null, facilitatorId: null },
    scope: 'center',
    threshold: 3,
    completionThreshold: 0.8,
    filters: { templates: [], facilitators: [] },
  });

  it('hides the figures of a program under three people, and says so', () => {
    expect(dashboardViewSchema.parse(view)).toEqual(view);
    const b = view.programs.find((p) => p.id === 'b')!;
    expect(b.participants).toBe(2);
    expect(b.completion.figure).toEqual({ lessThan: 3 });
    expect(b.attendance).toEqual({ lessThan: 3 });
    expect(b.employment).toEqual({ lessThan: 3 });
    expect(b.prePost[0]!.meanChange).toEqual({ lessThan: 3 });
    const a = view.programs.find((p) => p.id === 'a')!;
    expect(a.completion.figure).toEqual({ value: 7 / 8, numerator: 7, n: 8 });
    // Employed 3 of 4 reached.
    expect(a.employment).toEqual({ value: 0.75, numerator: 3, n: 4 });
    expect(view.programs.find((p) => p.id === 'c')!.employment).toBeNull();
  });

  it('totals only the programs shown, with how many were left out', () => {
    // Completion: a 7/8 and c 5/5 → 12/13; b left out.
    expect(view.totals.completion).toEqual({ total: { value: 12 / 13, numerator: 12, n: 13 }, omitted: 1 });
    // Employment: a 3/4 only (c reached nobody: neither shown nor left out); b left out.
    expect(view.totals.employment).toEqual({ total: { value: 0.75, numerator: 3, n: 4 }, omitted: 1 });
    // Enrolment is shown as it is.
    expect(view.totals.participants).toBe(15);
    // Pre/post pooled over a only (b's 2 pairs are hidden): a's own mean change and d_z.
    const swls = view.totals.prePost[0]!;
    expect(swls.meanChange.omitted).toBe(1);
    expect(swls.meanChange.total!.n).toBe(6);
    expect(swls.meanChange.total!.value).toBeCloseTo(14 / 6, 12);
    expect(swls.dz).toBeCloseTo(1.92669, 5);
  });

  it('prints the report of a small program with "3명 미만" and no per-person row', () => {
    const [, b] = programFigures(rows, 0.8);
    const report = programReport(b!, {
      centerName: '센터',
      completionThreshold: 0.8,
      smallCountThreshold: 3,
      today: '2025-06-01',
      facilitators: ['김진행'],
      testimonials: [],
      days: [
        {
          id: 'b-d1',
          number: 1,
          date: '2025-03-10',
          startTime: '10:00',
          endTime: '14:00',
          modules: [{ title: '모듈', minutes: 240 }],
        },
        { id: 'b-d2', number: 2, date: '2025-03-11', startTime: '10:00', endTime: '14:00', modules: [] },
      ],
    });
    expect(programReportSchema.parse(report)).toEqual(report);
    expect(report.days.map((d) => d.present)).toEqual([{ lessThan: 3 }, { lessThan: 3 }]);
    expect(report.days.map((d) => d.attendedHours)).toEqual([null, null]);
    expect(report.prePost[0]).toMatchObject({
      pairs: { lessThan: 3 },
      meanChange: { lessThan: 3 },
      t: null,
      missing: { withheld: true },
    });
    expect(report.employment.rate).toEqual({ lessThan: 3 });
    expect(JSON.stringify(report)).not.toMatch(/b-m\d/);
  });
});
